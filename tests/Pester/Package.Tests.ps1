# The package as a gallery user gets it: Install-PSResource from a repository holding the built .nupkg, into a
# throwaway user scope (a HOME of its own), then Import-Module by name in a fresh pwsh and a job trained end to end.
BeforeAll {
    . $PSScriptRoot/common.ps1
    $script:package = Get-Item ([IO.Path]::Combine((Split-Path (Split-Path $env:AUTOPILOTTOOLS_MODULE)), 'packages', 'AutopilotTools.[0-9]*.nupkg'))
    $script:version = (Import-PowerShellDataFile $env:AUTOPILOTTOOLS_MODULE).ModuleVersion
    $script:userHome = [IO.Path]::Combine($global:AutopilotTestRoot, (New-TestName 'home'))
    # HOME (and on Windows the profile folders) is where PSResourceGet keeps its repositories and the CurrentUser
    # scope installs modules: a folder of its own leaves the user's untouched. The folders must exist: .NET answers
    # an empty path for a missing one, and PSResourceGet would then write beside the current directory.
    $script:isolated = @{ HOME = $userHome; USERPROFILE = $userHome; LOCALAPPDATA = "$userHome/AppData/Local"; XDG_DATA_HOME = "$userHome/.local/share"; XDG_CONFIG_HOME = "$userHome/.config"; PSModulePath = '' }
    foreach ($folder in $userHome, $isolated.LOCALAPPDATA, $isolated.XDG_DATA_HOME, $isolated.XDG_CONFIG_HOME) { $null = New-Item -ItemType Directory -Force -Path $folder }
}

Describe 'Install-PSResource' {
    It 'installs the built package from a local repository and imports it by name in a fresh pwsh' {
        $install = Invoke-ChildPwsh -Environment $isolated -Command @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name AutopilotLocal -Uri '$($package.DirectoryName)' -Trusted
Install-PSResource -Name AutopilotTools -Repository AutopilotLocal -Version '$version' -Scope CurrentUser -TrustRepository -Quiet
(Get-InstalledPSResource AutopilotTools).InstalledLocation
"@
        $install | Out-Host
        $install[-1] | Should -BeLike "$userHome*"

        $run = Invoke-ChildPwsh -Environment $isolated -Command @"
`$ErrorActionPreference = 'Stop'
Import-Module AutopilotTools
(Get-Module AutopilotTools).ModuleBase
`$server = Start-AutoMLLocalServer -DataPath '$userHome/server'
try {
    `$rows = foreach (`$i in 1..200) { '{0},{1}' -f (`$i % 50), ('no', 'yes')[[int]((`$i % 50) -lt 10)] }
    Set-Content -Path '$userHome/churn.csv' -Value (@('tenure,churn') + `$rows)
    `$job = New-AutoMLJobV2 installed -TrainingData '$userHome/churn.csv' -TargetAttributeName churn -OutputPath s3://installed/runs ``
        -MaxCandidates 1 -RoleArn arn:aws:iam::111122223333:role/test | Wait-AutoMLJob -PollInterval 1 -Timeout 300
    `$job.AutoMLJobStatus
}
finally { `$server | Stop-AutoMLLocalServer }
"@
        $run | Out-Host
        $run[0] | Should -BeLike "$userHome*AutopilotTools*$version"
        $run[-1] | Should -Be 'Completed'
    }
}

Describe 'Install-PSResource AutopilotTools.Pretrained' {
    It 'installs the optional engine, and Start-AutoMLLocalServer gives it to the server, which trains a text classification job' {
        $pretrained = Get-Item ([IO.Path]::Combine($package.DirectoryName, "AutopilotTools.Pretrained.$version.nupkg"))
        $run = Invoke-ChildPwsh -Environment $isolated -Command @"
`$ErrorActionPreference = 'Stop'
if (-not (Get-PSResourceRepository -Name AutopilotLocal -ErrorAction SilentlyContinue)) {
    Register-PSResourceRepository -Name AutopilotLocal -Uri '$($pretrained.DirectoryName)' -Trusted
}
# The module may be there already (the test above); the engine is what this test installs.
Install-PSResource -Name AutopilotTools, AutopilotTools.Pretrained -Repository AutopilotLocal -Version '$version' -Scope CurrentUser -TrustRepository -Quiet -WarningAction SilentlyContinue
(Get-Module -ListAvailable AutopilotTools.Pretrained).ModuleBase
Import-Module AutopilotTools
`$server = Start-AutoMLLocalServer -DataPath '$userHome/pretrained-server' -Verbose 4>'$userHome/start-verbose.txt'
Get-Content '$userHome/start-verbose.txt' | Where-Object { `$_ -like 'Text and image classification*' }
try {
    `$rows = foreach (`$i in 1..25) { foreach (`$pair in @('dog,animal', 'cat,animal', 'car,vehicle', 'bus,vehicle')) {
        `$noun, `$label = `$pair -split ','; '{0},I saw a {1} on day {0},{2}' -f `$i, `$noun, `$label } }
    Set-Content -Path '$userHome/texts.csv' -Value (@('id,review,topic') + `$rows)
    # The tabular shortcut uploads the file below -OutputPath; the text job then reads it where it was put.
    `$upload = New-AutoMLJobV2 uploaded-texts -TrainingData '$userHome/texts.csv' -TargetAttributeName topic ``
        -OutputPath s3://installed/runs -MaxCandidates 1 -RoleArn arn:aws:iam::111122223333:role/test
    `$channel = `$upload.AutoMLJobInputDataConfig[0]
    `$job = New-AutoMLJobV2 installed-texts -AutoMLJobInputDataConfig `$channel -OutputDataConfig @{ S3OutputPath = 's3://installed/runs' } ``
            -AutoMLProblemTypeConfig @{ TextClassificationJobConfig = @{ ContentColumn = 'review'; TargetLabelColumn = 'topic' } } ``
            -RoleArn arn:aws:iam::111122223333:role/test |
        Wait-AutoMLJob -PollInterval 1 -Timeout 600
    `$job.AutoMLJobStatus
}
finally { `$server | Stop-AutoMLLocalServer }
"@
        $run | Out-Host
        $run[0] | Should -BeLike "$userHome*AutopilotTools.Pretrained*$version"
        $run[1] | Should -BeLike "Text and image classification with the engines in $userHome*AutopilotTools.Pretrained*"
        $run[-1] | Should -Be 'Completed'
    }
}
