# Creating, describing, listing and stopping jobs: each cmdlet's main path as a console user or a script runs it.
BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'New-AutoMLJobV2' {
    It 'creates a tabular job from the flat parameters, uploading the local CSV first' {
        $parameters = Get-ChurnJobParameters
        $parameters.MaxCandidates = 50
        $name = New-TestName 'flat'
        $job = New-AutoMLJobV2 -AutoMLJobName $name @parameters
        $job.AutoMLJobName | Should -Be $name
        $job.AutoMLJobArn | Should -BeLike "arn:aws:sagemaker:*:automl-job/$name"
        (Get-AutoMLJobV2 $name).AutoMLJobStatus | Should -BeIn 'InProgress', 'Completed', 'Failed'
        Stop-AutoMLJob $name -Confirm:$false
    }

    It 'creates a job from a splatted request written in the API''s own member names' {
        $name = New-TestName 'splat'
        $request = @{
            AutoMLJobName            = $name
            AutoMLJobInputDataConfig = @(@{ ChannelType = 'training'; DataSource = @{ S3DataSource = @{ S3DataType = 'S3Prefix'; S3Uri = 's3://pester-tests/none/' } } })
            OutputDataConfig         = @{ S3OutputPath = 's3://pester-tests/out/' }
            AutoMLProblemTypeConfig  = @{ TabularJobConfig = @{ TargetAttributeName = 'churn' } }
            RoleArn                  = $TestRole
            Tags                     = @{ team = 'pester' }
        }
        $job = New-AutoMLJobV2 @request
        $job.AutoMLJobName | Should -Be $name
        (Get-AutoMLJobV2 $name).AutoMLJobName | Should -Be $name
    }

    It 'takes a whole request as JSON text, its parameters overriding the document' {
        $name = New-TestName 'json'
        $document = @{
            AutoMLJobName            = 'overridden'
            AutoMLJobInputDataConfig = @(@{ ChannelType = 'training'; DataSource = @{ S3DataSource = @{ S3DataType = 'S3Prefix'; S3Uri = 's3://pester-tests/none/' } } })
            OutputDataConfig         = @{ S3OutputPath = 's3://pester-tests/out/' }
            AutoMLProblemTypeConfig  = @{ TabularJobConfig = @{ TargetAttributeName = 'churn' } }
            RoleArn                  = $TestRole
        } | ConvertTo-Json -Depth 10
        (New-AutoMLJobV2 -InputObject $document -AutoMLJobName $name).AutoMLJobName | Should -Be $name
    }

    It 'checks and sends nothing under -WhatIf' {
        $name = New-TestName 'whatif'
        $parameters = Get-ChurnJobParameters
        New-AutoMLJobV2 -AutoMLJobName $name @parameters -WhatIf
        { Get-AutoMLJobV2 $name -ErrorAction Stop } | Should -Throw -ErrorId 'AutoMLJobNotFound*'
    }
}

Describe 'New-AutoMLJob (V1)' {
    It 'creates a V1 job that Get-AutoMLJob describes in the V1 shape' {
        $name = New-TestName 'v1'
        $parameters = Get-ChurnJobParameters
        $parameters.MaxCandidates = 50
        New-AutoMLJob -AutoMLJobName $name @parameters | Out-Null
        $job = Get-AutoMLJob $name
        $job.AutoMLJobName | Should -Be $name
        $job.PSObject.TypeNames[0] | Should -Be 'AutopilotTools.AutoMLJobV1'
        Stop-AutoMLJob $name -Confirm:$false
    }
}

Describe 'New-AutoMLJobRequest' {
    It 'writes a skeleton that, filled in, creates a job' {
        $skeleton = New-AutoMLJobRequest -ProblemType Tabular -RequiredOnly
        $skeleton.Keys | Should -Contain 'AutoMLJobInputDataConfig'
        New-AutoMLJobRequest -ProblemType Tabular -AsJson | ConvertFrom-Json | Should -Not -BeNullOrEmpty
    }
}

Describe 'Get-AutoMLJobV2' {
    BeforeAll {
        $script:prefix = New-TestName 'list'
        $script:names = 1..3 | ForEach-Object { "$prefix-$_" }
        $parameters = Get-ChurnJobParameters
        $parameters.TrainingData = 's3://pester-tests/absent/train.csv'
        foreach ($name in $names) { New-AutoMLJobV2 -AutoMLJobName $name @parameters | Out-Null }
    }

    It 'describes names piped in, and reports a missing one as a non-terminating error' {
        $jobs = $names + "$prefix-missing" | Get-AutoMLJobV2 -ErrorAction SilentlyContinue -ErrorVariable notFound
        $jobs.AutoMLJobName | Should -Be $names
        $notFound.FullyQualifiedErrorId | Should -BeLike 'AutoMLJobNotFound*'
        $notFound.TargetObject | Should -Be "$prefix-missing"
    }

    It 'lists with filters, sorting and -First' {
        $listed = Get-AutoMLJobV2 -NameContains $prefix -SortBy Name -SortOrder Ascending
        $listed.AutoMLJobName | Should -Be $names
        (Get-AutoMLJobV2 -NameContains $prefix -First 2 | Measure-Object).Count | Should -Be 2
    }
}

Describe 'Stop-AutoMLJob' {
    It 'stops jobs from the pipeline and writes them with -PassThru' {
        $name = New-TestName 'stop'
        $parameters = Get-ChurnJobParameters
        $parameters.MaxCandidates = 50    # long enough to be running (or still queued) when the stop comes
        New-AutoMLJobV2 -AutoMLJobName $name @parameters | Stop-AutoMLJob -PassThru -Confirm:$false |
            ForEach-Object AutoMLJobName | Should -Be $name
    }
}
