# Tab completion as the console asks for it (TabExpansion2): enum values, and names from the session's server.
BeforeAll {
    . $PSScriptRoot/common.ps1
    function Complete([string] $line) { (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText }
}

Describe 'TabExpansion2' {
    It 'completes enum parameters with the API''s values' {
        Complete 'Get-AutoMLJobV2 -StatusEquals ' | Should -Contain 'InProgress'
        Complete 'Get-AutoMLJobV2 -StatusEquals Comp' | Should -Be 'Completed'
        Complete 'New-AutoMLJobV2 -ProblemType Bin' | Should -Be 'BinaryClassification'
    }

    It 'completes job names from the session''s local server' {
        $job = Get-TrainedChurnJob
        $prefix = $job.AutoMLJobName.Substring(0, $job.AutoMLJobName.Length - 3)
        Complete "Get-AutoMLJobV2 -AutoMLJobName $prefix" | Should -Contain $job.AutoMLJobName
        Complete "Wait-AutoMLJob $prefix" | Should -Contain $job.AutoMLJobName
    }

    It 'completes candidate names of the job named on the line' {
        $job = Get-TrainedChurnJob
        Complete "Get-AutoMLCandidate $($job.AutoMLJobName) -CandidateName " | Should -Contain $job.BestCandidateName
    }

    It 'completes the module''s cmdlet names and parameters' {
        Complete 'Get-AutoMLJobV' | Should -Contain 'Get-AutoMLJobV2'
        Complete 'Wait-AutoMLJob -Poll' | Should -Be '-PollInterval'
    }
}
