@{
    # The optional engine of the local Autopilot server: text and image classification on frozen pretrained
    # encoders (MiniLM, ResNet18) with classifier heads trained on the job's data. It has no commands of its own;
    # Start-AutoMLLocalServer finds this module and hands its folder to the server as its engines directory.
    ModuleVersion = '0.0.0'
    GUID = '5f0f4f0e-3c1a-4c61-9a57-2f1f6c3c8a15'
    Author = 'AutopilotTools contributors'
    CompanyName = 'AutopilotTools contributors'
    Copyright = 'Copyright (c) 2026 AutopilotTools contributors'
    Description = 'Text and image classification for the AutopilotTools local Autopilot server: frozen pretrained encoders (MiniLM sentence embeddings, ResNet18 image features) with classifier heads trained on your data.'
    PowerShellVersion = '7.4'
    CompatiblePSEditions = @('Core')
    FunctionsToExport = @()
    CmdletsToExport = @()
    VariablesToExport = @()
    AliasesToExport = @()
    PrivateData = @{
        PSData = @{
            Tags = @('AutopilotTools', 'SageMaker', 'Autopilot', 'AutoML', 'Local')
            LicenseUri = 'https://opensource.org/licenses/MIT'
        }
    }
}
