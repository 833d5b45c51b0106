# Waiting for a job and reading its candidates, on a job the local server really trains.
BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'Wait-AutoMLJob' {
    It 'writes the job once it has finished, with its best candidate' {
        $job = Get-TrainedChurnJob
        $job.AutoMLJobStatus | Should -Be 'Completed'
        $job.BestCandidateName | Should -Not -BeNullOrEmpty
    }

    It 'reports a failed job as an error carrying the job and its reason' {
        $parameters = Get-ChurnJobParameters
        $parameters.TrainingData = 's3://pester-tests/absent/train.csv'
        $name = New-TestName 'fails'
        New-AutoMLJobV2 -AutoMLJobName $name @parameters | Out-Null
        $failed = $null
        Wait-AutoMLJob $name -PollInterval 1 -Timeout 120 -ErrorAction SilentlyContinue -ErrorVariable failed | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'AutoMLJobFailed*'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        "$($failed[0])" | Should -Match $name
    }
}

Describe 'Get-AutoMLCandidate' {
    It 'lists the candidates of a piped job, each carrying its job''s name' {
        $job = Get-TrainedChurnJob
        $candidates = $job | Get-AutoMLCandidate
        $candidates.Count | Should -BeGreaterOrEqual 2
        $candidates.AutoMLJobName | Select-Object -Unique | Should -Be $job.AutoMLJobName
    }

    It 'picks the best candidate with -Best, the same one the job names' {
        $job = Get-TrainedChurnJob
        ($job | Get-AutoMLCandidate -Best).CandidateName | Should -Be $job.BestCandidateName
    }

    It 'sorts by the objective with -SortBy and stops early with -First' {
        $job = Get-TrainedChurnJob
        $sorted = Get-AutoMLCandidate $job.AutoMLJobName -SortBy FinalObjectiveMetricValue -SortOrder Descending
        $values = $sorted | ForEach-Object { $_.FinalAutoMLJobObjectiveMetric.Value }
        @($values | Where-Object { $_ -is [double] }).Count | Should -Be $sorted.Count
        $values | Should -Be ($values | Sort-Object -Descending)
        (Get-AutoMLCandidate $job.AutoMLJobName -First 1 | Measure-Object).Count | Should -Be 1
    }
}
