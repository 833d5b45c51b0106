# -WhatIf and -Confirm as a calling script sets them through $WhatIfPreference and $ConfirmPreference, and the
# common parameters a script passes: what changes or costs money asks, or does nothing under WhatIf.
BeforeAll {
    . $PSScriptRoot/common.ps1
    $script:scriptFolder = [IO.Path]::Combine($global:AutopilotTestRoot, 'scripts')
    $null = New-Item -ItemType Directory -Force -Path $scriptFolder
    function New-Script([string] $name, [string] $body) {
        $path = [IO.Path]::Combine($scriptFolder, "$name.ps1")
        Set-Content -LiteralPath $path -Value $body
        $path
    }
}

Describe 'Preferences set by a calling script' {
    It 'creates nothing when the script sets $WhatIfPreference' {
        $name = New-TestName 'pref-whatif'
        $runbook = New-Script 'whatif' @'
param($Name, $Parameters)
$WhatIfPreference = $true
New-AutoMLJobV2 -AutoMLJobName $Name @Parameters
'@
        & $runbook -Name $name -Parameters (Get-ChurnJobParameters) 6>$null
        { Get-AutoMLJobV2 $name -ErrorAction Stop } | Should -Throw -ErrorId 'AutoMLJobNotFound*'
    }

    It 'stops nothing under a script''s $WhatIfPreference, and -WhatIf:$false overrides it' {
        $parameters = Get-ChurnJobParameters
        $parameters.MaxCandidates = 50
        $name = New-TestName 'pref-stop'
        New-AutoMLJobV2 -AutoMLJobName $name @parameters | Out-Null
        $runbook = New-Script 'stop' @'
param($Name, [switch] $Really)
$WhatIfPreference = $true
Stop-AutoMLJob $Name -WhatIf:(-not $Really) -Confirm:$false
'@
        & $runbook -Name $name 6>$null
        (Get-AutoMLJobV2 $name).AutoMLJobStatus | Should -Not -Be 'Stopping'
        (Get-AutoMLJobV2 $name).AutoMLJobStatus | Should -Not -Be 'Stopped'
        & $runbook -Name $name -Really
        (Get-AutoMLJobV2 $name).AutoMLJobStatus | Should -BeIn 'Stopping', 'Stopped'
    }

    It 'asks before removing a deployment when the script lowers $ConfirmPreference, and -Confirm:$false does not' {
        # This pwsh runs -NonInteractive: a confirmation it would ask for is an error instead of a prompt, which is
        # how a scheduled runbook learns that it asked.
        $runbook = New-Script 'confirm' @'
param($EndpointName)
$ConfirmPreference = 'Low'
Remove-AutoMLDeployment -EndpointName $EndpointName -ErrorAction Stop
'@
        { & $runbook -EndpointName 'pref-never-created' } | Should -Throw '*NonInteractive*'
        { Remove-AutoMLDeployment -EndpointName 'pref-never-created' -Confirm:$false -ErrorAction Stop } | Should -Not -Throw
    }
}
