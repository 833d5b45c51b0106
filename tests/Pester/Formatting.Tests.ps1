# The default views as a console shows them: Format-Table, Format-List and Out-String at 80 and 120 columns.
BeforeAll {
    . $PSScriptRoot/common.ps1
    $script:job = Get-TrainedChurnJob
    $v1 = Get-ChurnJobParameters
    $v1.TrainingData = 's3://pester-tests/absent/train.csv'
    $v1Name = New-TestName 'v1-view'
    New-AutoMLJob -AutoMLJobName $v1Name @v1 | Out-Null
    $script:objects = [ordered]@{
        job        = Get-AutoMLJobV2 $job.AutoMLJobName
        summary    = Get-AutoMLJobV2 -NameContains $job.AutoMLJobName -First 1
        v1job      = Get-AutoMLJob $v1Name
        candidate  = $job | Get-AutoMLCandidate -Best
        deployment = Get-TestDeployment
        prediction = Get-TestDeployment | Invoke-AutoMLEndpoint -InputObject '2,95.5,7,monthly'
        server     = Get-AutoMLLocalServer | Select-Object -First 1
    }
}

Describe 'Default views' {
    It 'renders the <_> as a table that fits 80 and 120 columns, headers on one line' -ForEach 'job', 'summary', 'v1job', 'candidate', 'deployment', 'prediction', 'server' {
        $object = $objects[$_]
        foreach ($width in 80, 120) {
            $lines = ($object | Format-Table | Out-String -Width $width) -split "`r?`n" | Where-Object { $_.Trim() }
            $lines.Count | Should -BeGreaterOrEqual 3 -Because "a table has a header, a rule and a row at $width columns"
            $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual $width }
            $lines[1] | Should -Match '^[- ]+$' -Because "the second line is the header rule: the header did not wrap at $width columns"
        }
    }

    It 'shows the <_> by default in its own view, not as a raw object' -ForEach 'job', 'summary', 'candidate', 'deployment' {
        $object = $objects[$_]
        $shown = $object | Out-String -Width 120
        $shown | Should -Not -Match 'AdditionalMembers'
        $shown | Should -Not -Match 'AutopilotTools\.Core'
    }

    It 'lists the job''s members with Format-List' {
        $list = $objects.job | Format-List | Out-String -Width 120
        $list | Should -Match "AutoMLJobName\s*:\s*$($job.AutoMLJobName)"
        $list | Should -Match 'AutoMLJobStatus\s*:\s*Completed'
    }

    It 'shows the job''s full name and status in its table' {
        $table = $objects.job | Format-Table | Out-String -Width 120
        $table | Should -Match ([regex]::Escape($job.AutoMLJobName))
        $table | Should -Match 'Completed'
    }
}
