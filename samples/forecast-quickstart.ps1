<#
.SYNOPSIS
    The forecasting flow, offline: start the local server, train a forecasting job on a small generated sales series,
    look at its candidate, deploy it, forecast the next two weeks of every store, clean up.
.DESCRIPTION
    The twin of quickstart.ps1 for time-series forecasting. Runs under pwsh (Import-Module
    ./out/AutopilotTools/AutopilotTools.psd1 first, or pass -ModulePath) and in any PowerShell engine with the
    built-in cmdlets. It needs a local server that trains forecasting jobs.
#>
param(
    [string] $ModulePath = [System.IO.Path]::Combine($PSScriptRoot, '..', 'out', 'AutopilotTools', 'AutopilotTools.psd1'),
    [int] $Stores = 3,
    [int] $Days = 180,
    [int] $Horizon = 14,
    [double] $PollSeconds = 1
)

$ErrorActionPreference = 'Stop'
if (-not (Get-Module AutopilotTools)) { Import-Module $ModulePath }

function Say([string] $text) { $text | Out-Host }

# Daily sales of a few stores: a level and trend each, busier weekends, some noise.
. ([System.IO.Path]::Combine($PSScriptRoot, 'New-SalesSeries.ps1'))

$work = [System.IO.Directory]::CreateTempSubdirectory('autopilot-forecast-quickstart').FullName
$csv = [System.IO.Path]::Combine($work, 'sales.csv')
New-SalesSeries -path $csv -stores $Stores -days $Days -seed 11

Say "Starting the local Autopilot server (data in $work) ..."
$server = Start-AutoMLLocalServer -DataPath ([System.IO.Path]::Combine($work, 'server'))
Say "Listening on $($server.Url)"
$deployment = $null
try {
    $name = 'forecast-' + [DateTime]::UtcNow.ToString('yyyyMMddHHmmss')
    Say "Creating forecasting job $name on $Stores stores x $Days days ..."
    $job = New-AutoMLJobV2 -AutoMLJobName $name -TrainingData $csv -OutputPath s3://quickstart/runs `
        -TargetAttributeName sales -TimestampAttributeName day -ItemIdentifierAttributeName store `
        -ForecastFrequency D -ForecastHorizon $Horizon -ForecastQuantile p10, p50, p90 `
        -RoleArn arn:aws:iam::123456789012:role/quickstart

    $job = $job | Wait-AutoMLJob -PollInterval $PollSeconds -Timeout 900
    $job | Out-Host

    Say 'The candidate (forecasting jobs make one, from all the algorithms together):'
    Get-AutoMLCandidate $job | Out-Host

    Say 'Deploying it ...'
    $deployment = Get-AutoMLCandidate $job -Best |
        Deploy-AutoMLCandidate -InstanceType ml.m5.large -Wait -PollInterval $PollSeconds -Timeout 300
    $deployment | Out-Host

    Say "Forecasting the next $Horizon days of every store from its history:"
    # The history in the training schema (store, day, sales), read by name; the endpoint answers each store's next
    # days with one column per quantile.
    $forecast = Import-Csv -LiteralPath $csv | Invoke-AutoMLEndpoint -EndpointName $deployment.EndpointName
    $forecast | Out-Host
    $forecast
}
finally {
    if ($deployment) { $deployment | Remove-AutoMLDeployment -Confirm:$false }
    $server | Stop-AutoMLLocalServer
    # The data, the server's state and the trained model were all made for this run: leave nothing behind.
    try { Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction Stop }
    catch { Write-Warning "Could not remove the forecasting quick start's folder ${work}: $($_.Exception.Message)" }
    Say 'Done: the deployment is removed, the server is stopped and its folder deleted.'
}
