# What the module writes besides its objects: -Verbose and -Debug messages, and Write-Progress records.
BeforeAll { . $PSScriptRoot/common.ps1 }

Describe '-Verbose and -Debug' {
    It 'says under -Verbose where the region and credentials came from, never the secret' {
        $job = Get-TrainedChurnJob
        $verbose = Get-AutoMLJobV2 $job.AutoMLJobName -Verbose 4>&1 | Where-Object { $_ -is [Management.Automation.VerboseRecord] }
        $text = $verbose.Message -join "`n"
        $text | Should -Match 'Region'
        $text | Should -Match 'redential'
        $text | Should -Not -Match 'local-autopilot-secret'
        $text | Should -Match 'local server'
    }

    It 'writes each attempt under -Debug with its request id, never the secret' {
        $job = Get-TrainedChurnJob
        $debug = Get-AutoMLJobV2 $job.AutoMLJobName -Debug 5>&1 | Where-Object { $_ -is [Management.Automation.DebugRecord] }
        $text = $debug.Message -join "`n"
        $text | Should -Match 'DescribeAutoMLJobV2'
        $text | Should -Match 'attempt 1'
        $text | Should -Not -Match 'local-autopilot-secret'
    }
}

Describe 'Write-Progress' {
    It 'Wait-AutoMLJob writes progress records per job while it waits' {
        # Progress goes to the host, not a stream a script can redirect: run the wait in a PowerShell of its own in
        # this process and read its Progress stream.
        $server = Get-AutoMLLocalServer | Where-Object IsSessionDefault
        $parameters = Get-ChurnJobParameters
        $name = New-TestName 'progress'
        New-AutoMLJobV2 -AutoMLJobName $name @parameters | Out-Null
        $shell = [PowerShell]::Create()
        try {
            $null = $shell.AddScript('param($module, $name, $url, $region) Import-Module $module; Wait-AutoMLJob $name -PollInterval 1 -Timeout 300 -EndpointUrl $url -Region $region -Credential @{ AccessKey = "t"; SecretKey = "t" }').
                AddArgument($env:AUTOPILOTTOOLS_MODULE).AddArgument($name).AddArgument($server.Url).AddArgument($server.Region)
            $result = $shell.Invoke()
            $result[0].AutoMLJobStatus | Should -Be 'Completed'
            $shell.Streams.Progress.Count | Should -BeGreaterThan 0
            ($shell.Streams.Progress | ForEach-Object { $_.Activity + " " + $_.StatusDescription }) -join "`n" | Should -Match $name
            $shell.Streams.Progress | Where-Object RecordType -EQ 'Completed' | Should -Not -BeNullOrEmpty
        }
        finally { $shell.Dispose() }
    }
}
