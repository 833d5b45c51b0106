# Set-up shared by every Pester file (dot-sourced in each file's BeforeAll): the built module, one local server for
# the whole run as a user's session would have it (Start-AutoMLLocalServer), generated data, and one trained and
# deployed churn model that the files reuse rather than train again.

$ErrorActionPreference = 'Stop'
if (-not (Get-Module AutopilotTools)) {
    $manifest = if ($env:AUTOPILOTTOOLS_MODULE) { $env:AUTOPILOTTOOLS_MODULE } else { [IO.Path]::Combine($PSScriptRoot, '..', '..', 'out', 'AutopilotTools', 'AutopilotTools.psd1') }
    Import-Module $manifest
}

if (-not $global:AutopilotTestRoot) {
    $global:AutopilotTestRoot = [IO.Directory]::CreateTempSubdirectory('autopilot-pester').FullName
}

$TestRole = 'arn:aws:iam::111122223333:role/autopilot-tests'

# The session's default server; started once, and again by a file that stopped it.
function Initialize-TestServer {
    $running = Get-AutoMLLocalServer | Where-Object { $_.IsSessionDefault -and $_.IsRunning }
    if ($running) { return $running }
    Start-AutoMLLocalServer -DataPath ([IO.Path]::Combine($global:AutopilotTestRoot, 'server-' + [guid]::NewGuid().ToString('N').Substring(0, 6)))
}

# Job names are unique across the run, so files never meet each other's jobs.
function New-TestName([string] $Prefix = 'pester') {
    '{0}-{1}' -f $Prefix, [guid]::NewGuid().ToString('N').Substring(0, 8)
}

# The quick start's churn dataset (samples/New-ChurnData.ps1), one file per size and seed for the whole run.
. ([IO.Path]::Combine($PSScriptRoot, '..', '..', 'samples', 'New-ChurnData.ps1'))
function New-ChurnCsv([int] $Rows = 300, [int] $Seed = 7) {
    $path = [IO.Path]::Combine($global:AutopilotTestRoot, "churn-$Rows-$Seed.csv")
    if (-not (Test-Path -LiteralPath $path)) { New-ChurnData -path $path -count $Rows -seed $Seed }
    $path
}

# The flat parameters of a small tabular job on the churn data; add -AutoMLJobName.
function Get-ChurnJobParameters {
    @{
        TrainingData        = New-ChurnCsv
        TargetAttributeName = 'churn'
        OutputPath          = 's3://pester-tests/runs'
        ProblemType         = 'BinaryClassification'
        ObjectiveMetric     = 'F1'
        MaxCandidates       = 2
        RoleArn             = 'arn:aws:iam::111122223333:role/autopilot-tests'
    }
}

# One completed churn job for the whole run (training takes seconds; every file that reads candidates shares it).
function Get-TrainedChurnJob {
    # Files that stop servers may have left the session another default: the cache belongs to the server it was
    # trained on.
    $server = Initialize-TestServer
    if ($global:AutopilotTestTrainedOn -ne $server.Url) {
        $global:AutopilotTestTrainedJob = $null
        $global:AutopilotTestDeployment = $null
        $global:AutopilotTestTrainedOn = $server.Url
    }
    if (-not $global:AutopilotTestTrainedJob) {
        $parameters = Get-ChurnJobParameters
        $global:AutopilotTestTrainedJob = New-AutoMLJobV2 -AutoMLJobName (New-TestName 'trained') @parameters |
            Wait-AutoMLJob -PollInterval 1 -Timeout 600
    }
    $global:AutopilotTestTrainedJob
}

# One deployment of that job's best candidate, shared the same way; it goes with the server.
function Get-TestDeployment {
    $job = Get-TrainedChurnJob
    if (-not $global:AutopilotTestDeployment) {
        $global:AutopilotTestDeployment = $job | Get-AutoMLCandidate -Best |
            Deploy-AutoMLCandidate -InstanceType ml.m5.large -InferenceResponseKey predicted_label, probability -Wait -PollInterval 1 -Timeout 300
    }
    $global:AutopilotTestDeployment
}

# The forecasting quick start's sales series (samples/New-SalesSeries.ps1): a few stores, daily, busier weekends.
. ([IO.Path]::Combine($PSScriptRoot, '..', '..', 'samples', 'New-SalesSeries.ps1'))
function New-SalesCsv([int] $Stores = 3, [int] $Days = 120, [int] $Seed = 11) {
    $path = [IO.Path]::Combine($global:AutopilotTestRoot, "sales-$Stores-$Days-$Seed.csv")
    if (-not (Test-Path -LiteralPath $path)) { New-SalesSeries -path $path -stores $Stores -days $Days -seed $Seed }
    $path
}

$null = Initialize-TestServer

# Runs a command in a fresh pwsh of the same version as this one, with extra environment variables, and returns its
# output lines. `dotnet pwsh` is the .NET host running pwsh.dll, so the child is started the same way (without the
# tool manifest lookup, which a changed HOME would break).
function Invoke-ChildPwsh([string] $Command, [hashtable] $Environment = @{}) {
    $start = [Diagnostics.ProcessStartInfo]::new([Diagnostics.Process]::GetCurrentProcess().MainModule.FileName)
    if ($start.FileName -match 'dotnet(\.exe)?$') { $start.ArgumentList.Add('exec'); $start.ArgumentList.Add([IO.Path]::Combine($PSHOME, 'pwsh.dll')) }
    foreach ($argument in '-NoProfile', '-NonInteractive', '-Command', $Command) { $start.ArgumentList.Add($argument) }
    foreach ($name in $Environment.Keys) { $start.Environment[$name] = $Environment[$name] }
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $process = [Diagnostics.Process]::Start($start)
    $errors = $process.StandardError.ReadToEndAsync()
    $output = $process.StandardOutput.ReadToEnd()
    $process.WaitForExit()
    if ($errors.Result) { $errors.Result | Out-Host }
    , @($output -split '\r?\n' | Where-Object { $_ })
}
