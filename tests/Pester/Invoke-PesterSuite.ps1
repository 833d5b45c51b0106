<#
.SYNOPSIS
    Runs the Pester suite in this pwsh against the built module and writes its counts for the test command.
.DESCRIPTION
    tests/RunTests runs this with `dotnet pwsh` (PowerShell 7.6.10, pinned by dotnet-tools.json) and the Pester the
    build downloaded into the NuGet cache. Every test file dot-sources common.ps1, which imports the module named
    here and shares one local server and one trained job across the files. To run it by hand after a build:

        dotnet pwsh -File tests/Pester/Invoke-PesterSuite.ps1 -PesterManifest ~/.nuget/packages/pester/6.2.0/tools/Pester.psd1
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $PesterManifest,
    [string] $ModuleManifest = [IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'AutopilotTools', 'AutopilotTools.psd1'),
    [string] $ResultFolder = [IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'test-results'),
    [string[]] $Path = $PSScriptRoot
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterManifest -Force
$env:AUTOPILOTTOOLS_MODULE = (Resolve-Path $ModuleManifest).Path
$null = New-Item -ItemType Directory -Force -Path $ResultFolder

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.TestResult.Enabled = $true
$configuration.TestResult.OutputFormat = 'NUnitXml'
$configuration.TestResult.OutputPath = [IO.Path]::Combine($ResultFolder, 'pester.xml')

try {
    $run = Invoke-Pester -Configuration $configuration
}
finally {
    # The suite's one server (common.ps1) goes with the session anyway; stopping it here keeps its data folder free
    # to delete.
    Get-AutoMLLocalServer -ErrorAction SilentlyContinue | Stop-AutoMLLocalServer -Confirm:$false -ErrorAction SilentlyContinue
    if ($global:AutopilotTestRoot) { Remove-Item -LiteralPath $global:AutopilotTestRoot -Recurse -Force -ErrorAction SilentlyContinue }
}

# A file that fails to load or a BeforeAll that throws fails tests Pester may not count one by one: count the
# failed blocks and containers too, so nothing broken reads as passed.
$failed = $run.FailedCount + $run.FailedBlocksCount + $run.FailedContainersCount
$counts = [ordered]@{ Passed = $run.PassedCount; Failed = $failed; Skipped = $run.SkippedCount + $run.NotRunCount }
$counts | ConvertTo-Json | Set-Content -LiteralPath ([IO.Path]::Combine($ResultFolder, 'pester-counts.json'))
"pester: $($counts.Passed) passed, $($counts.Failed) failed, $($counts.Skipped) skipped"
exit ([int]($failed -gt 0))
