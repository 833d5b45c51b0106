# Errors as a script catches them: try/catch with -ErrorAction Stop, stable ErrorIds, categories and targets.
BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'Errors a script can act on' {
    It 'a missing job: AutoMLJobNotFound, ObjectNotFound, the name as target' {
        $name = New-TestName 'missing'
        try { Get-AutoMLJobV2 $name -ErrorAction Stop; throw 'no error' }
        catch {
            $_.FullyQualifiedErrorId | Should -BeLike 'AutoMLJobNotFound,*'
            $_.CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $_.TargetObject | Should -Be $name
        }
    }

    It 'an invalid request: InvalidAutoMLJobRequest naming the member, the value and the rule, before any request' {
        try {
            New-AutoMLJobV2 'bad_name!' -TrainingData s3://pester-tests/d -TargetAttributeName churn -OutputPath s3://pester-tests/o -RoleArn $TestRole -ErrorAction Stop
            throw 'no error'
        }
        catch {
            $_.FullyQualifiedErrorId | Should -BeLike 'InvalidAutoMLJobRequest,*'
            $_.CategoryInfo.Category | Should -Be 'InvalidArgument'
            "$_" | Should -Match 'AutoMLJobName'
            "$_" | Should -Match 'bad_name!'
        }
        { Get-AutoMLJobV2 'bad_name!' -ErrorAction Stop } | Should -Throw
    }

    It 'an existing job: AutoMLJobExists' {
        $job = Get-TrainedChurnJob
        $parameters = Get-ChurnJobParameters
        { New-AutoMLJobV2 -AutoMLJobName $job.AutoMLJobName @parameters -ErrorAction Stop } | Should -Throw -ErrorId 'AutoMLJobExists*'
    }

    It 'a non-terminating error lets the rest of the pipeline run, and -ErrorAction Stop ends it' {
        $job = Get-TrainedChurnJob
        $missing = New-TestName 'missing'
        $found = $missing, $job.AutoMLJobName | Get-AutoMLJobV2 -ErrorAction SilentlyContinue
        $found.AutoMLJobName | Should -Be $job.AutoMLJobName
        { $missing, $job.AutoMLJobName | Get-AutoMLJobV2 -ErrorAction Stop } | Should -Throw -ErrorId 'AutoMLJobNotFound*'
    }
}
