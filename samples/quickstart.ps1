<#
.SYNOPSIS
    The whole Autopilot flow, offline: start the local server, train on a small generated churn dataset, look at
    the candidates, deploy the best one, predict a few rows, clean up.
.DESCRIPTION
    Runs under pwsh (Import-Module ./out/AutopilotTools/AutopilotTools.psd1 first, or pass -ModulePath) and in the
    PowerShell engine that `dotnet run --project samples/QuickStart` hosts (the PowerShell SDK: every built-in
    cmdlet), so it needs nothing else installed.
#>
param(
    [string] $ModulePath = [System.IO.Path]::Combine($PSScriptRoot, '..', 'out', 'AutopilotTools', 'AutopilotTools.psd1'),
    [int] $Rows = 600,
    [int] $MaxCandidates = 3,
    [double] $PollSeconds = 1
)

$ErrorActionPreference = 'Stop'
if (-not (Get-Module AutopilotTools)) { Import-Module $ModulePath }

function Say([string] $text) { $text | Out-Host }

# The churn dataset with a real signal (short tenure, many support calls and a monthly plan mean churn).
. ([System.IO.Path]::Combine($PSScriptRoot, 'New-ChurnData.ps1'))

$work = [System.IO.Directory]::CreateTempSubdirectory('autopilot-quickstart').FullName
$csv = [System.IO.Path]::Combine($work, 'churn.csv')
New-ChurnData -path $csv -count $Rows -seed 7

Say "Starting the local Autopilot server (data in $work) ..."
$server = Start-AutoMLLocalServer -DataPath ([System.IO.Path]::Combine($work, 'server'))
Say "Listening on $($server.Url)"
$deployment = $null
try {
    $name = 'quickstart-' + [DateTime]::UtcNow.ToString('yyyyMMddHHmmss')
    Say "Creating AutoML job $name on $Rows rows ..."
    $job = New-AutoMLJobV2 -AutoMLJobName $name -TrainingData $csv -TargetAttributeName churn -OutputPath s3://quickstart/runs `
        -ProblemType BinaryClassification -ObjectiveMetric F1 -MaxCandidates $MaxCandidates -RoleArn arn:aws:iam::123456789012:role/quickstart

    $job = $job | Wait-AutoMLJob -PollInterval $PollSeconds -Timeout 900
    $job | Out-Host

    Say 'Candidates, best first:'
    Get-AutoMLCandidate $job -SortBy FinalObjectiveMetricValue -SortOrder Descending | Out-Host

    Say 'Deploying the best candidate ...'
    $deployment = Get-AutoMLCandidate $job -Best |
        Deploy-AutoMLCandidate -InstanceType ml.m5.large -InferenceResponseKey predicted_label, probability -Wait -PollInterval $PollSeconds -Timeout 300
    $deployment | Out-Host

    Say 'Predicting three customers:'
    # By name, in any order: the deployment knows the training data's column order and puts each row in it.
    $customers = @(
        @{ plan = 'monthly'; tenure_months = 2; support_calls = 7; monthly_charge = 95.5 }
        @{ plan = 'two-year'; tenure_months = 60; support_calls = 0; monthly_charge = 25.0 }
        @{ plan = 'annual'; tenure_months = 12; support_calls = 3; monthly_charge = 60.0 }
    )
    $predictions = $deployment | Invoke-AutoMLEndpoint -InputObject $customers
    $predictions | Out-Host
    $predictions
}
finally {
    if ($deployment) { $deployment | Remove-AutoMLDeployment -Confirm:$false }
    $server | Stop-AutoMLLocalServer
    # The data, the server's state and the trained models were all made for this run: leave nothing behind.
    try { Remove-Item -LiteralPath $work -Recurse -Force -ErrorAction Stop }
    catch { Write-Warning "Could not remove the quick start's folder ${work}: $($_.Exception.Message)" }
    Say 'Done: the deployment is removed, the server is stopped and its folder deleted.'
}
