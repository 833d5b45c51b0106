# One sample of benchmark 8 in real pwsh, run by the bench as a fresh process:
#   dotnet exec <pwsh.dll> -NoProfile -NonInteractive -File pwsh-cold-start.ps1 <kind> <manifest> [url job region key secret]
# It imports the module, makes the first call, and prints the two times on one line, as every bench child does; the
# bench times the whole process from outside.
param([string] $Kind, [string] $Manifest, [string] $Url, [string] $JobName, [string] $Region, [string] $AccessKey, [string] $SecretKey)
$ErrorActionPreference = 'Stop'
$clock = [Diagnostics.Stopwatch]::StartNew()
Import-Module $Manifest
$import = $clock.Elapsed.TotalMilliseconds
$clock.Restart()
if ($Kind -eq 'pwsh-module') {
    $job = Get-AutoMLJobV2 $JobName -EndpointUrl $Url -Region $Region -Credential @{ AccessKey = $AccessKey; SecretKey = $SecretKey }
    if ($job.AutoMLJobName -ne $JobName) { throw "Get-AutoMLJobV2 wrote '$job', not the job $JobName." }
}
else {
    if (-not (Get-EmptyGreeting)) { throw 'Get-EmptyGreeting wrote nothing.' }
}
$first = $clock.Elapsed.TotalMilliseconds
'BENCH-RESULT ' + (@{ import_ms = $import; first_call_ms = $first } | ConvertTo-Json -Compress)
