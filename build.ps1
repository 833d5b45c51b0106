<#
.SYNOPSIS
    Builds, tests or packages AutopilotTools. Everything here is also one plain dotnet command (see README.md),
    so pwsh is never required; with only the .NET SDK, `dotnet tool restore` then `dotnet pwsh ./build.ps1` runs it.
.EXAMPLE
    ./build.ps1                 # Build: lays the module out at out/AutopilotTools/
.EXAMPLE
    ./build.ps1 -Task Test      # Build, then run both suites (xunit and Pester), as the README's test command does
.EXAMPLE
    ./build.ps1 -Task Package   # Build, then pack out/packages/AutopilotTools.<version>.nupkg
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Package')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath $PSScriptRoot

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE" }
}

switch ($Task) {
    'Build' { Invoke-Dotnet build AutopilotTools.sln -c $Configuration }
    'Test' { Invoke-Dotnet run --project tests/RunTests -c $Configuration -- --configuration $Configuration }
    'Package' { Invoke-Dotnet pack src/AutopilotTools.Package/AutopilotTools.Package.csproj -c $Configuration }
}
