#
# Module manifest for AutopilotTools. The build copies it to out/AutopilotTools/ and stamps ModuleVersion from
# VersionPrefix in Directory.Build.props in place of the quoted placeholder version 0.0.0 below, and ReleaseNotes from
# this version's section of CHANGELOG.md.
#
@{
    RootModule           = 'AutopilotTools.dll'
    ModuleVersion        = '0.0.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = 'b7f3c1e2-5a4d-4e8b-9c61-2d7a0f3e8b15'
    Author               = 'AutopilotTools contributors'
    CompanyName          = 'AutopilotTools contributors'
    Copyright            = 'Copyright (c) 2026 AutopilotTools contributors'
    Description          = 'Amazon SageMaker Autopilot (AutoML) from PowerShell: create, watch, compare, deploy and invoke AutoML jobs against AWS or the local Autopilot server.'
    PowerShellVersion    = '5.1'
    # Loaded at import so that the SDK's credential types ([Amazon.Runtime.BasicAWSCredentials] …) resolve in the
    # session before any cmdlet has run.
    FormatsToProcess     = @('AutopilotTools.Format.ps1xml')
    CmdletsToExport      = @(
        'Deploy-AutoMLCandidate'
        'Get-AutoMLBatchTransform'
        'Get-AutoMLCandidate'
        'Get-AutoMLJob'
        'Get-AutoMLJobV2'
        'Get-AutoMLLocalServer'
        'Invoke-AutoMLBatchTransform'
        'Invoke-AutoMLEndpoint'
        'New-AutoMLJob'
        'New-AutoMLJobRequest'
        'New-AutoMLJobV2'
        'Remove-AutoMLDeployment'
        'Save-AutoMLJobArtifact'
        'Start-AutoMLLocalServer'
        'Stop-AutoMLBatchTransform'
        'Stop-AutoMLJob'
        'Stop-AutoMLLocalServer'
        'Wait-AutoMLJob'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('AWS', 'SageMaker', 'Autopilot', 'AutoML', 'MachineLearning')
            LicenseUri   = 'https://opensource.org/license/mit'
            # ProjectUri: added once the project has a public repository.
            ReleaseNotes = 'See CHANGELOG.md.'
        }
    }
}
