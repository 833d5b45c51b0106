# The pipeline idioms users reach for: Select-Object, Sort-Object, Where-Object, JSON, CSV and splatting.
BeforeAll {
    . $PSScriptRoot/common.ps1
    $script:job = Get-TrainedChurnJob
    $script:candidates = $job | Get-AutoMLCandidate
}

Describe 'Objects in the pipeline' {
    It 'selects, sorts and filters candidates by their members' {
        $best = $candidates | Sort-Object { $_.FinalAutoMLJobObjectiveMetric.Value } -Descending | Select-Object -First 1
        $best.CandidateName | Should -Not -BeNullOrEmpty
        ($candidates | Where-Object CandidateStatus -EQ 'Completed').Count | Should -Be $candidates.Count
        $picked = $candidates | Select-Object CandidateName, CandidateStatus
        $picked[0].PSObject.Properties.Name | Should -Be 'CandidateName', 'CandidateStatus'
    }

    It 'serialises a job with ConvertTo-Json -Depth, and the JSON reads back with its API members' {
        $json = Get-AutoMLJobV2 $job.AutoMLJobName | ConvertTo-Json -Depth 10
        $back = $json | ConvertFrom-Json
        $back.AutoMLJobName | Should -Be $job.AutoMLJobName
        $back.AutoMLJobStatus | Should -Be 'Completed'
        $back.BestCandidate.FinalAutoMLJobObjectiveMetric.MetricName | Should -Be $job.ObjectiveMetric
    }

    It 'serialises the API''s members and a few convenience members: no extension data, the run time as one number' {
        foreach ($object in (Get-AutoMLJobV2 $job.AutoMLJobName), ($job | Get-AutoMLCandidate -Best), (Get-AutoMLJobV2 -NameContains $job.AutoMLJobName -First 1)) {
            $json = $object | ConvertTo-Json -Depth 10
            $json | Should -Not -Match 'AdditionalMembers'
            $back = $json | ConvertFrom-Json
            $back.ElapsedSeconds | Should -BeOfType [double]
            $back.ElapsedSeconds | Should -BeGreaterThan 0
            $back.PSObject.Properties.Name | Should -Not -Contain 'Elapsed'
        }
    }

    It 'retrains a described job on new data: the job piped into New-AutoMLJobV2 is its request' {
        $name = New-TestName 'retrain'
        $new = Get-AutoMLJobV2 $job.AutoMLJobName | New-AutoMLJobV2 -AutoMLJobName $name -TrainingData (New-ChurnCsv -Rows 200 -Seed 11)
        $new.AutoMLJobName | Should -Be $name
        $described = Get-AutoMLJobV2 $name
        $described.AutoMLProblemTypeConfig.TabularJobConfig.TargetAttributeName | Should -Be 'churn'
        $described.AutoMLJobObjective.MetricName | Should -Be $job.AutoMLJobObjective.MetricName
        Stop-AutoMLJob $name -Confirm:$false -ErrorAction SilentlyContinue
    }

    It 'takes a job through ConvertTo-Json and ConvertFrom-Json back into New-AutoMLJobV2 -InputObject' {
        $name = New-TestName 'from-json'
        $json = Get-AutoMLJobV2 $job.AutoMLJobName | ConvertTo-Json -Depth 10
        (New-AutoMLJobV2 -InputObject ($json | ConvertFrom-Json) -AutoMLJobName $name -ErrorAction Stop).AutoMLJobName | Should -Be $name
        Stop-AutoMLJob $name -Confirm:$false -ErrorAction SilentlyContinue
    }

    It 'exports candidates with Export-Csv and imports them back' {
        $file = [IO.Path]::Combine($global:AutopilotTestRoot, (New-TestName 'candidates') + '.csv')
        $candidates | Select-Object CandidateName, CandidateStatus, @{ n = 'Objective'; e = { $_.FinalAutoMLJobObjectiveMetric.Value } } |
            Export-Csv -LiteralPath $file -NoTypeInformation
        $imported = Import-Csv -LiteralPath $file
        $imported.CandidateName | Should -Be $candidates.CandidateName
        [double]$imported[0].Objective | Should -Be $candidates[0].FinalAutoMLJobObjectiveMetric.Value
    }

    It 'predicts rows read with Import-Csv' {
        $file = [IO.Path]::Combine($global:AutopilotTestRoot, (New-TestName 'rows') + '.csv')
        @(
            [pscustomobject]@{ tenure_months = 2; monthly_charge = 95.5; support_calls = 7; plan = 'monthly' }
            [pscustomobject]@{ tenure_months = 60; monthly_charge = 25.0; support_calls = 0; plan = 'two-year' }
        ) | Export-Csv -LiteralPath $file -NoTypeInformation
        $predictions = Import-Csv -LiteralPath $file | Invoke-AutoMLEndpoint -EndpointName (Get-TestDeployment).EndpointName
        $predictions.PredictedLabel | Should -Be 'yes', 'no'
    }

    It 'takes connection settings from a splatted hashtable' {
        $server = Get-AutoMLLocalServer | Where-Object IsSessionDefault
        $connection = @{ EndpointUrl = $server.Url; Region = $server.Region; Credential = @{ AccessKey = 'test'; SecretKey = 'test' } }
        (Get-AutoMLJobV2 $job.AutoMLJobName @connection).AutoMLJobName | Should -Be $job.AutoMLJobName
    }
}
