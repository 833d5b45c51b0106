# Deploying the best candidate, calling its endpoint and removing it again.
BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'Deploy-AutoMLCandidate' {
    It 'deploys the best candidate and waits until the endpoint is InService' {
        $deployment = Get-TestDeployment
        $deployment.EndpointStatus | Should -Be 'InService'
        $deployment.EndpointName | Should -Not -BeNullOrEmpty
    }

    It 'names the three resources it would create under -WhatIf, and creates none' {
        # What if: lines go to the host, not to a stream: a transcript is how a script sees them.
        $transcript = [IO.Path]::Combine($global:AutopilotTestRoot, (New-TestName 'whatif') + '.txt')
        Start-Transcript -LiteralPath $transcript | Out-Null
        try { Get-TrainedChurnJob | Get-AutoMLCandidate -Best | Deploy-AutoMLCandidate -InstanceType ml.m5.large -WhatIf }
        finally { Stop-Transcript | Out-Null }
        $text = Get-Content -LiteralPath $transcript -Raw
        $text -match "What if: .*Create model '[^']+', endpoint config '[^']+' and endpoint .* on target `"(?<endpoint>[^`"]+)`"" | Should -BeTrue
        $endpoint = $Matches.endpoint
        { Invoke-AutoMLEndpoint -EndpointName $endpoint -InputObject '1,2,3,monthly' -ErrorAction Stop } | Should -Throw '*not found*'
    }
}

Describe 'Invoke-AutoMLEndpoint' {
    It 'predicts rows given in training column order, one prediction per row with its input' {
        $customers = @(
            [ordered]@{ tenure_months = 2; monthly_charge = 95.5; support_calls = 7; plan = 'monthly' }
            [ordered]@{ tenure_months = 60; monthly_charge = 25.0; support_calls = 0; plan = 'two-year' }
        )
        $predictions = Get-TestDeployment | Invoke-AutoMLEndpoint -InputObject $customers
        $predictions.Count | Should -Be 2
        $predictions[0].PredictedLabel | Should -Be 'yes'
        $predictions[1].PredictedLabel | Should -Be 'no'
    }

    It 'predicts CSV lines as they are' {
        $prediction = Get-TestDeployment | Invoke-AutoMLEndpoint -InputObject '60,25.0,0,two-year'
        $prediction.PredictedLabel | Should -Be 'no'
    }
}

Describe 'Remove-AutoMLDeployment' {
    It 'removes the endpoint, its config and its model, and a second run is harmless' {
        $job = Get-TrainedChurnJob
        $deployment = $job | Get-AutoMLCandidate -Best | Deploy-AutoMLCandidate -InstanceType ml.m5.large -Wait -PollInterval 1 -Timeout 300
        $deployment | Remove-AutoMLDeployment -Confirm:$false
        { $deployment | Invoke-AutoMLEndpoint -InputObject '1,2,3,monthly' -ErrorAction Stop } | Should -Throw
        { $deployment | Remove-AutoMLDeployment -Confirm:$false -ErrorAction Stop } | Should -Not -Throw
    }
}
