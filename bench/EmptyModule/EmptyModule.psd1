# The empty reference module of the cold-start benchmark: a binary root module and one cmdlet.
@{
    RootModule        = 'EmptyModule.dll'
    ModuleVersion     = '1.0.0'
    GUID              = '0f6d2a1c-7b3e-4c59-9a8d-5e2f1b4c6a70'
    PowerShellVersion = '5.1'
    CmdletsToExport   = @('Get-EmptyGreeting')
    FunctionsToExport = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}
