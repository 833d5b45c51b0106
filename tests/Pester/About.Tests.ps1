# The examples of about_AutopilotTools, as Get-Help shows the topic in this pwsh: the runbook and its Pester tests
# are written out as shown and run in a pwsh of their own that imports the module by name; the local server session
# runs as shown.
BeforeAll {
    . $PSScriptRoot/common.ps1
    $script:topic = (Get-Help about_AutopilotTools | Out-String -Width 200) -split '\r?\n'

    # The code block (indented deeper than the prose) after the first line of prose that mentions $After.
    function Get-TopicBlock([string] $After) {
        $at = 0
        while ($at -lt $topic.Count -and -not $topic[$at].Contains($After)) { $at++ }
        $at | Should -BeLessThan $topic.Count -Because "the topic mentions '$After'"
        $prose = $topic[$at].Length - $topic[$at].TrimStart().Length
        while (++$at -lt $topic.Count -and ($topic[$at].Trim() -eq '' -or ($topic[$at].Length - $topic[$at].TrimStart().Length) -eq $prose)) {
            if ($topic[$at].Trim() -eq '' -and $at + 1 -lt $topic.Count -and ($topic[$at + 1].Length - $topic[$at + 1].TrimStart().Length) -gt $prose) { break }
        }
        $indent = $topic[$at + 1].Length - $topic[$at + 1].TrimStart().Length
        $lines = for ($i = $at + 1; $i -lt $topic.Count; $i++) {
            $line = $topic[$i]
            if ($line.Trim() -ne '' -and ($line.Length - $line.TrimStart().Length) -lt $indent) { break }
            if ($line.Length -ge $indent) { $line.Substring($indent) } else { '' }
        }
        ($lines -join "`n").Trim()
    }
}

Describe 'about_AutopilotTools' {
    It 'shows a runbook and its Pester tests that pass against a fresh local server' {
        $folder = [IO.Path]::Combine($global:AutopilotTestRoot, (New-TestName 'runbook'))
        $null = New-Item -ItemType Directory -Path $folder
        Set-Content -LiteralPath ([IO.Path]::Combine($folder, 'Start-ChurnRetraining.ps1')) -Value (Get-TopicBlock 'Start-ChurnRetraining.ps1, that')
        Set-Content -LiteralPath ([IO.Path]::Combine($folder, 'Start-ChurnRetraining.Tests.ps1')) -Value (Get-TopicBlock 'Its tests, Start-ChurnRetraining.Tests.ps1')

        # As its user would run it: a pwsh of its own, the module found by name on PSModulePath.
        $moduleRoot = Split-Path (Split-Path $env:AUTOPILOTTOOLS_MODULE)
        $pester = (Get-Module Pester).Path -replace '\.psm1$', '.psd1'
        $script = "`$env:PSModulePath = '$moduleRoot' + [IO.Path]::PathSeparator + `$env:PSModulePath; Import-Module '$pester';" +
            " `$r = Invoke-Pester -Path '$folder/Start-ChurnRetraining.Tests.ps1' -PassThru -Output Detailed; '{0} passed {1} failed' -f `$r.PassedCount, (`$r.FailedCount + `$r.FailedBlocksCount + `$r.FailedContainersCount)"
        $output = Invoke-ChildPwsh $script
        $output | Out-Host
        $output[-1] | Should -Be '2 passed 0 failed'
    }

    It 'runs the local server session it shows' {
        $folder = [IO.Path]::Combine($global:AutopilotTestRoot, (New-TestName 'about-server'))
        $null = New-Item -ItemType Directory -Path $folder
        Push-Location -LiteralPath $folder
        try { & ([scriptblock]::Create((Get-TopicBlock 'scripts can be written and tested offline'))) | Out-Host }
        finally { Pop-Location; $null = Initialize-TestServer }
        Test-Path -LiteralPath ([IO.Path]::Combine($folder, 'autopilot-local')) | Should -BeTrue
    }
}
