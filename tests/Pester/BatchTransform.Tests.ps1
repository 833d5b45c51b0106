# Scoring files with batch transform jobs: a candidate's model over a local file, a deployment's over S3 data.
BeforeAll {
    . $PSScriptRoot/common.ps1

    # Held-out churn rows as a transform reads them: no header, no target column. Returns the file and the labels.
    function New-ScoringFile([int] $Rows = 60) {
        $lines = Get-Content -LiteralPath (New-ChurnCsv -Rows $Rows -Seed 11)
        $header = $lines[0] -split ','
        $target = [array]::IndexOf($header, 'churn')
        $path = [IO.Path]::Combine($global:AutopilotTestRoot, (New-TestName 'score') + '.csv')
        $labels = foreach ($line in $lines | Select-Object -Skip 1) { ($line -split ',')[$target] }
        $features = foreach ($line in $lines | Select-Object -Skip 1) {
            $values = [Collections.Generic.List[string]]($line -split ','); $values.RemoveAt($target); $values -join ','
        }
        [IO.File]::WriteAllLines($path, [string[]] $features)
        [pscustomobject]@{ Path = $path; Labels = @($labels) }
    }

    # A transform job view as a console shows it: the header on one line at 80 and 120 columns, no line longer, the
    # first row as expected, and at 120 columns the job's name whole at its end.
    function Assert-TransformTable($Jobs, [string] $Header, [string] $FirstRow, [string] $WholeName) {
        foreach ($width in 80, 120) {
            $lines = ($Jobs | Out-String -Width $width) -split "`r?`n" | Where-Object { $_.Trim() }
            $lines[0] | Should -Match $Header
            $lines[1] | Should -Match '^[- ]+$' -Because "the header did not wrap at $width columns"
            $lines[2] | Should -Match $FirstRow
            $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual $width }
        }
        (($Jobs | Out-String -Width 120) -split "`r?`n" | Where-Object { $_.Trim() })[2].TrimEnd() | Should -BeLike "* $WholeName"
    }
}

Describe 'Invoke-AutoMLBatchTransform' {
    It 'names what it would create and run under -WhatIf, and runs nothing' {
        $name = New-TestName 'whatif'
        $transcript = [IO.Path]::Combine($global:AutopilotTestRoot, $name + '.txt')
        Start-Transcript -LiteralPath $transcript | Out-Null
        try {
            Get-TrainedChurnJob | Get-AutoMLCandidate -Best |
                Invoke-AutoMLBatchTransform -Path (New-ScoringFile).Path -OutputPath s3://pester-tests/scored -InstanceType ml.m5.large -TransformJobName $name -WhatIf
        }
        finally { Stop-Transcript | Out-Null }
        Get-Content -LiteralPath $transcript -Raw | Should -Match "What if: .*Create model '$name' and run a batch transform over .* into s3://pester-tests/scored/ \(ml.m5.large x 1\).* on target `"$name`""
        { Invoke-AutoMLBatchTransform -ModelName $name -S3Uri s3://pester-tests/none/ -OutputPath s3://pester-tests/x/ -InstanceType ml.m5.large -ErrorAction Stop } |
            Should -Throw "*Could not find model*"
    }

    It 'scores a local file with the best candidate and writes one prediction per row, in order' {
        $scoring = New-ScoringFile
        $predictions = Get-TrainedChurnJob | Get-AutoMLCandidate -Best |
            Invoke-AutoMLBatchTransform -Path $scoring.Path -OutputPath s3://pester-tests/scored/ -InstanceType ml.m5.large `
                -InferenceResponseKey predicted_label, probability -Prediction -PollInterval 1 -Timeout 300
        $predictions.Count | Should -Be $scoring.Labels.Count
        $predictions[0] | Should -BeOfType AutopilotTools.Inference.Prediction
        $predictions[0].Input | Should -Be (Get-Content -LiteralPath $scoring.Path -TotalCount 1)
        $predictions | ForEach-Object { $_.Probability | Should -BeGreaterOrEqual 0 }
        $right = 0; for ($i = 0; $i -lt $predictions.Count; $i++) { if ($predictions[$i].PredictedLabel -eq $scoring.Labels[$i]) { $right++ } }
        $right / $predictions.Count | Should -BeGreaterThan 0.6
    }

    It "runs a deployment's model over S3 data and writes the job, shown as a table" {
        $scoring = New-ScoringFile
        $name = New-TestName 'upload'
        $null = Get-TestDeployment | Invoke-AutoMLBatchTransform -Path $scoring.Path -UploadPath "s3://pester-tests/to-score/$name/" `
            -OutputPath "s3://pester-tests/scored/$name-first" -InstanceType ml.m5.large -PollInterval 1 -Timeout 300

        $job = Get-TestDeployment | Invoke-AutoMLBatchTransform -S3Uri "s3://pester-tests/to-score/$name/" -OutputPath "s3://pester-tests/scored/$name" `
            -InstanceType ml.m5.large -MaxPayloadInMB 1 -MaxConcurrentTransforms 2 -PollInterval 1 -Timeout 300
        $job | Should -BeOfType AutopilotTools.Model.DescribeTransformJobResponse
        $job.TransformJobStatus | Should -Be 'Completed'
        $job.ModelName | Should -Be (Get-TestDeployment).ModelName
        Assert-TransformTable $job '^Status\s+Duration\s+Output\s+TransformJobName$' '^Completed\s' $job.TransformJobName
        $predictions = Get-TestDeployment | Invoke-AutoMLBatchTransform -S3Uri "s3://pester-tests/to-score/$name/" -OutputPath "s3://pester-tests/scored/$name-again" `
            -InstanceType ml.m5.large -Prediction -PollInterval 1 -Timeout 300
        # The deployment's model answers predicted_label and probability; the keys are read from the model.
        $predictions.Count | Should -Be $scoring.Labels.Count
        $predictions[0].Probability | Should -Not -BeNullOrEmpty
    }

    It 'reports a job the model fails as BatchTransformFailed, naming the object and line' {
        $path = [IO.Path]::Combine($global:AutopilotTestRoot, (New-TestName 'broken') + '.csv')
        [IO.File]::WriteAllLines($path, [string[]] @('1,2'))
        $output = Get-TestDeployment | Invoke-AutoMLBatchTransform -Path $path -OutputPath s3://pester-tests/broken/ -InstanceType ml.m5.large `
            -PollInterval 1 -Timeout 300 -ErrorVariable failed -ErrorAction SilentlyContinue
        $output | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'BatchTransformFailed,*'
        $failed[0].ErrorDetails.Message | Should -BeLike "*ended Failed: The model answered 400 for line 1 of s3://pester-tests/broken/input/*"
        $failed[0].TargetObject.TransformJobStatus | Should -Be 'Failed'
    }

    It 'refuses -Prediction with -NoWait, and input given both ways' {
        { Invoke-AutoMLBatchTransform -ModelName m -S3Uri s3://b/p/ -OutputPath s3://b/o/ -InstanceType ml.m5.large -Prediction -NoWait -ErrorAction Stop } |
            Should -Throw -ErrorId 'BatchTransformPredictionNeedsWait,*'
        { Invoke-AutoMLBatchTransform -ModelName m -S3Uri s3://b/p/ -Path ./x.csv -OutputPath s3://b/o/ -InstanceType ml.m5.large -ErrorAction Stop } |
            Should -Throw -ErrorId 'BatchTransformInputMissing,*'
    }

    It 'returns the job InProgress with -NoWait' {
        $scoring = New-ScoringFile
        $job = Get-TestDeployment | Invoke-AutoMLBatchTransform -Path $scoring.Path -OutputPath s3://pester-tests/nowait/ -InstanceType ml.m5.large -NoWait
        $job.TransformJobStatus | Should -BeIn 'InProgress', 'Completed'
    }
}

Describe 'Get-AutoMLBatchTransform and Stop-AutoMLBatchTransform' {
    BeforeAll {
        function Complete([string] $line) { (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText }

        # Enough records, sent one per request, that a transform is still running when the next command stops it.
        $features = Get-Content -LiteralPath (New-ScoringFile).Path
        $script:longInput = [IO.Path]::Combine($global:AutopilotTestRoot, (New-TestName 'long') + '.csv')
        [IO.File]::WriteAllLines($longInput, [string[]] (1..400 | ForEach-Object { $features }))

        function Start-LongTransform([string] $Name) {
            Get-TestDeployment | Invoke-AutoMLBatchTransform -Path $longInput -OutputPath "s3://pester-tests/long/$Name/" -InstanceType ml.m5.large `
                -BatchStrategy SingleRecord -MaxConcurrentTransforms 1 -TransformJobName $Name -NoWait
        }
    }

    It 'describes a transform by name, by ARN and piped, as Invoke-AutoMLBatchTransform -NoWait wrote it' {
        $name = New-TestName 'get'
        $started = Start-LongTransform $name
        foreach ($job in (Get-AutoMLBatchTransform $name), ($started | Get-AutoMLBatchTransform), (Get-AutoMLBatchTransform -TransformJobName $started.TransformJobArn)) {
            $job | Should -BeOfType AutopilotTools.Model.DescribeTransformJobResponse
            $job.TransformJobName | Should -Be $name
            $job.ModelName | Should -Be (Get-TestDeployment).ModelName
            $job.TransformOutput.S3OutputPath | Should -Be "s3://pester-tests/long/$name/"
        }
        Complete "Get-AutoMLBatchTransform $($name.Substring(0, $name.Length - 2))" | Should -Contain $name
        Complete 'Get-AutoMLBatchTransform -StatusEquals Stop' | Should -Be 'Stopping', 'Stopped'
        $started | Stop-AutoMLBatchTransform -Confirm:$false -ErrorAction SilentlyContinue
    }

    It 'lists transforms with a name filter, as summaries shown in a table that fits 80 columns and names them whole at 120' {
        # Names as long as the ones Invoke-AutoMLBatchTransform makes (model name and time).
        $prefix = (New-TestName 'listed') + '-' + ('n' * 38)
        $null = Start-LongTransform "$prefix-a"; $null = Start-LongTransform "$prefix-b"
        $listed = Get-AutoMLBatchTransform -NameContains $prefix -SortBy Name -SortOrder Ascending
        $listed.TransformJobName | Should -Be "$prefix-a", "$prefix-b"
        $listed[0] | Should -BeOfType AutopilotTools.Model.TransformJobSummary
        (Get-AutoMLBatchTransform -NameContains $prefix -SortBy Name -SortOrder Descending -First 1).TransformJobName | Should -Be "$prefix-b"
        Get-AutoMLBatchTransform -NameContains $prefix -StatusEquals Failed | Should -BeNullOrEmpty
        Assert-TransformTable $listed '^Status\s+Duration\s+Created \(UTC\)\s+TransformJobName$' '^(InProgress|Completed)\s' "$prefix-a"
        $listed | Stop-AutoMLBatchTransform -Confirm:$false -ErrorAction SilentlyContinue
    }

    It 'stops a running transform started with -NoWait' {
        $name = New-TestName 'stop'
        $stopped = Start-LongTransform $name | Stop-AutoMLBatchTransform -PassThru -Confirm:$false
        $stopped | Should -BeOfType AutopilotTools.Model.DescribeTransformJobResponse
        $stopped.TransformJobStatus | Should -BeIn 'Stopping', 'Stopped'
        $final = $null
        foreach ($poll in 1..300) {
            $final = Get-AutoMLBatchTransform $name
            if ($final.TransformJobStatus -ne 'Stopping') { break }
            Start-Sleep -Milliseconds 200
        }
        $final.TransformJobStatus | Should -Be 'Stopped'
    }

    It 'stops nothing under -WhatIf, and writes nothing without -PassThru' {
        $name = New-TestName 'whatif-stop'
        $started = Start-LongTransform $name
        $transcript = [IO.Path]::Combine($global:AutopilotTestRoot, $name + '.txt')
        Start-Transcript -LiteralPath $transcript | Out-Null
        try { $output = $started | Stop-AutoMLBatchTransform -WhatIf }
        finally { Stop-Transcript | Out-Null }
        $output | Should -BeNullOrEmpty
        Get-Content -LiteralPath $transcript -Raw | Should -Match "What if: Performing the operation `"Stop batch transform job`" on target `"$name`""
        (Get-AutoMLBatchTransform $name).TransformJobStatus | Should -BeIn 'InProgress', 'Completed'
        Stop-AutoMLBatchTransform $name -Confirm:$false | Should -BeNullOrEmpty
    }

    It 'refuses a bad name before any request, and names a missing job TransformJobNotFound' {
        # Nothing listens at this endpoint: a request would be a ServiceUnreachable error instead.
        foreach ($command in 'Get-AutoMLBatchTransform', 'Stop-AutoMLBatchTransform') {
            $output = & $command 'bad_name!' -EndpointUrl http://127.0.0.1:9 -ErrorVariable refused -ErrorAction SilentlyContinue
            $output | Should -BeNullOrEmpty
            $refused.Count | Should -Be 1
            $refused[0].FullyQualifiedErrorId | Should -BeLike 'InvalidTransformJobIdentity,*'
            $refused[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $refused[0].TargetObject | Should -Be 'bad_name!'
        }
        $missing = New-TestName 'missing'
        { Get-AutoMLBatchTransform $missing -ErrorAction Stop } | Should -Throw -ErrorId 'TransformJobNotFound,*'
        { Stop-AutoMLBatchTransform $missing -Confirm:$false -ErrorAction Stop } | Should -Throw -ErrorId 'TransformJobNotFound,*'
    }
}
