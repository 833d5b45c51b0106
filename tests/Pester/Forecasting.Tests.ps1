# Time-series forecasting as users run it: the flat forecasting parameters of New-AutoMLJobV2 (checked and refused
# before anything is sent, completed at the prompt), and the whole flow from New-AutoMLJobV2 to Invoke-AutoMLEndpoint
# forecasts, on the session's local server.

BeforeAll {
    . $PSScriptRoot/common.ps1
    function Complete([string] $line) { (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches }

    # The flat parameters of a small forecasting job on the sales series; add -AutoMLJobName.
    function Get-SalesJobParameters([int] $Horizon = 14) {
        @{
            TrainingData                = New-SalesCsv
            OutputPath                  = 's3://pester-tests/runs'
            TargetAttributeName         = 'sales'
            TimestampAttributeName      = 'day'
            ItemIdentifierAttributeName = 'store'
            ForecastFrequency           = 'D'
            ForecastHorizon             = $Horizon
            ForecastQuantile            = 'p10', 'p50', 'p90'
            RoleArn                     = $TestRole
        }
    }
}

Describe 'New-AutoMLJobV2 forecasting parameters' {
    It 'checks the request and sends nothing under -WhatIf' {
        $name = New-TestName 'forecast-whatif'
        $parameters = Get-SalesJobParameters
        New-AutoMLJobV2 -AutoMLJobName $name @parameters -WhatIf
        Get-AutoMLJobV2 -NameContains $name | Should -BeNullOrEmpty
    }

    It 'refuses a bad value before anything is sent, naming the member, the value and the rule' {
        $name = New-TestName 'forecast-bad'
        $parameters = Get-SalesJobParameters
        $parameters.ForecastFrequency = '60min'
        $parameters.ForecastQuantile = 'p10', 'p100'
        New-AutoMLJobV2 -AutoMLJobName $name @parameters -ErrorAction SilentlyContinue -ErrorVariable problems | Should -BeNullOrEmpty
        $messages = $problems | ForEach-Object { "$_" }
        $messages | Should -Contain "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastFrequency '60min' must match the pattern 1Y|Y|([1-9]|1[0-1])M|M|[1-4]W|W|[1-6]D|D|([1-9]|1[0-9]|2[0-3])H|H|([1-9]|[1-5][0-9])min."
        $messages | Should -Contain "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.ForecastQuantiles[1] 'p100' must match the pattern (^p[1-9]\d?$)."
        $problems | ForEach-Object { $_.FullyQualifiedErrorId } | Should -Be 'InvalidAutoMLJobRequest,AutopilotTools.Commands.NewAutoMLJobV2Command', 'InvalidAutoMLJobRequest,AutopilotTools.Commands.NewAutoMLJobV2Command'
        Get-AutoMLJobV2 -NameContains $name | Should -BeNullOrEmpty
    }

    It 'names each column a job without a request document lacks' {
        $parameters = Get-SalesJobParameters
        $parameters.Remove('TimestampAttributeName')
        New-AutoMLJobV2 -AutoMLJobName (New-TestName 'forecast-lacking') @parameters -WhatIf -ErrorAction SilentlyContinue -ErrorVariable problems
        "$problems" | Should -BeLike '-TimestampAttributeName is required with -TrainingData*'
    }

    It 'refuses the tabular-only flat parameters, saying why' {
        $parameters = Get-SalesJobParameters
        New-AutoMLJobV2 -AutoMLJobName (New-TestName 'forecast-mixed') @parameters -MaxCandidates 2 -WhatIf -ErrorAction SilentlyContinue -ErrorVariable problems
        "$problems" | Should -BeLike '-MaxCandidates is not for a time-series forecasting job*one candidate*'
    }

    It 'retrains a piped forecasting request on new data without asking for anything' {
        $request = @{
            AutoMLJobName = New-TestName 'forecast-piped'; RoleArn = $TestRole; OutputDataConfig = @{ S3OutputPath = 's3://pester-tests/runs' }
            AutoMLJobInputDataConfig = @(@{ ChannelType = 'training'; DataSource = @{ S3DataSource = @{ S3DataType = 'S3Prefix'; S3Uri = 's3://pester-tests/old/' } } })
            AutoMLProblemTypeConfig = @{ TimeSeriesForecastingJobConfig = @{ ForecastFrequency = 'D'; ForecastHorizon = 7
                TimeSeriesConfig = @{ TargetAttributeName = 'sales'; TimestampAttributeName = 'day'; ItemIdentifierAttributeName = 'store' } } }
        }
        $request | New-AutoMLJobV2 -TrainingData s3://pester-tests/new/ -WhatIf -ErrorVariable problems
        $problems | Should -BeNullOrEmpty
    }

    It 'completes -ForecastFrequency with the common frequencies and what they mean' {
        $all = Complete 'New-AutoMLJobV2 -ForecastFrequency '
        $all.CompletionText | Should -Contain 'D'
        $all.CompletionText | Should -Contain '15min'
        ($all | Where-Object CompletionText -EQ 'W').ToolTip | Should -Be 'W: weekly'
        # Case matters on the wire (M a month, min a minute): the right case comes first.
        (Complete 'New-AutoMLJobV2 -ForecastFrequency M')[0].CompletionText | Should -Be 'M'
    }
}

Describe 'Forecasting from New-AutoMLJobV2 to Invoke-AutoMLEndpoint (on the local server)' {
    BeforeAll {
        $script:horizon = 14
        $parameters = Get-SalesJobParameters -Horizon $horizon
        $script:job = New-AutoMLJobV2 -AutoMLJobName (New-TestName 'forecast') @parameters | Wait-AutoMLJob -PollInterval 1 -Timeout 900
        $script:deployment = $job | Get-AutoMLCandidate -Best |
            Deploy-AutoMLCandidate -InstanceType ml.m5.large -Wait -PollInterval 1 -Timeout 300
        $script:history = Import-Csv -LiteralPath (New-SalesCsv)
        $script:stores = @($history.store | Select-Object -Unique)
    }

    AfterAll {
        if ($deployment) { $deployment | Remove-AutoMLDeployment -Confirm:$false }
    }

    It 'trains the job the flat parameters describe, with one candidate' {
        $job.AutoMLJobStatus | Should -Be 'Completed'
        $config = $job.AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig
        $config.ForecastFrequency | Should -Be 'D'
        $config.ForecastHorizon | Should -Be $horizon
        $config.TimeSeriesConfig.ItemIdentifierAttributeName | Should -Be 'store'
        @(Get-AutoMLCandidate $job).Count | Should -Be 1
        $job.BestCandidate.FinalAutoMLJobObjectiveMetric.MetricName | Should -Be 'AverageWeightedQuantileLoss'
    }

    It 'forecasts every store for every day of the horizon from piped history rows' {
        $forecast = $history | Invoke-AutoMLEndpoint -EndpointName $deployment.EndpointName
        $forecast.Count | Should -Be ($stores.Count * $horizon)
        # Items in the order the history first names them, each with its horizon's days in order after its last day.
        @($forecast.ItemId | Select-Object -Unique) | Should -Be $stores
        $last = [datetime]($history.day | Sort-Object | Select-Object -Last 1)
        foreach ($store in $stores) {
            $days = @($forecast | Where-Object ItemId -EQ $store | ForEach-Object { [datetime]$_.Timestamp })
            $days | Should -Be @(1..$horizon | ForEach-Object { $last.AddDays($_) })
        }
        foreach ($step in $forecast) {
            $step.pstypenames[0] | Should -Be 'AutopilotTools.Inference.Forecast#p10-p50-p90'
            $step.p10 | Should -BeLessOrEqual $step.p50
            $step.p50 | Should -BeLessOrEqual $step.p90
        }
    }

    It 'sends a CSV file with -Path as the pipeline sends its rows' {
        $piped = $history | Invoke-AutoMLEndpoint -EndpointName $deployment.EndpointName
        $fromFile = Invoke-AutoMLEndpoint -EndpointName $deployment.EndpointName -Path (New-SalesCsv)
        ($fromFile | ForEach-Object Raw) | Should -Be ($piped | ForEach-Object Raw)
    }

    It 'splits the history by whole items and keeps the answers in order' {
        $whole = $history | Invoke-AutoMLEndpoint -EndpointName $deployment.EndpointName
        $split = $history | Invoke-AutoMLEndpoint -EndpointName $deployment.EndpointName -ItemIdentifierAttributeName store -BatchSize 1
        ($split | ForEach-Object Raw) | Should -Be ($whole | ForEach-Object Raw)
    }

    It 'shows a table of item, timestamp and quantiles' {
        $lines = $history | Invoke-AutoMLEndpoint -EndpointName $deployment.EndpointName | Select-Object -First 3 | Out-String -Width 80 -Stream |
            Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^ItemId\s+Timestamp\s+p10\s+p50\s+p90$'
        $lines[2] | Should -Match "^$([regex]::Escape($stores[0]))\s+.+\s+-?[\d.,]+\s+-?[\d.,]+\s+-?[\d.,]+$"
    }

    It 'runs the forecasting quick start' {
        $sample = [IO.Path]::Combine($PSScriptRoot, '..', '..', 'samples', 'forecast-quickstart.ps1')
        $output = Invoke-ChildPwsh "& '$sample' -ModulePath '$($env:AUTOPILOTTOOLS_MODULE)' -Days 120 | Out-Null; 'quick start exit: ' + [int](-not `$?)"
        $output | Should -Contain 'quick start exit: 0'
        $output | Should -Contain 'Done: the deployment is removed, the server is stopped and its folder deleted.'
    }
}
