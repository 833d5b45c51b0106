# ModelDeployConfig through the module: the job deploys its best candidate itself and names the endpoint.
BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'New-AutoMLJobV2 -ModelDeployConfig' {
    It 'deploys the best candidate when the job completes, and the endpoint answers' {
        $parameters = Get-ChurnJobParameters
        $parameters.MaxCandidates = 1
        $endpointName = New-TestName 'auto'
        $job = New-AutoMLJobV2 -AutoMLJobName (New-TestName 'autodeploy') @parameters -ModelDeployConfig @{ EndpointName = $endpointName } |
            Wait-AutoMLJob -PollInterval 1 -Timeout 600

        $job.AutoMLJobStatus | Should -Be 'Completed'
        $job.ModelDeployResult.EndpointName | Should -Be $endpointName
        $prediction = Invoke-AutoMLEndpoint -EndpointName $endpointName -InputObject '60,25.0,0,two-year'
        $prediction.PredictedLabel | Should -BeIn 'yes', 'no'
        Remove-AutoMLDeployment -EndpointName $endpointName -Confirm:$false
    }

    It 'refuses a name with an automatically generated one before any request' {
        $parameters = Get-ChurnJobParameters
        { New-AutoMLJobV2 -AutoMLJobName (New-TestName 'autodeploy') @parameters -ModelDeployConfig @{ AutoGenerateEndpointName = $true; EndpointName = 'x' } -ErrorAction Stop } |
            Should -Throw '*ModelDeployConfig.EndpointName*'
    }
}
