# Save-AutoMLJobArtifact against the session's local server and the run's trained churn job: what it saves, by job
# and by candidate from the pipeline, the files checked against S3 and against what the AWS CLI downloads of the
# same locations, existing files kept without -Force, -WhatIf, and a corrupted stored object caught.
BeforeAll {
    . $PSScriptRoot/common.ps1
    $script:job = Get-TrainedChurnJob
    $script:best = $job.BestCandidate.CandidateName

    # A fresh folder per test, under the run's root.
    function New-ArtifactFolder { [IO.Path]::Combine($global:AutopilotTestRoot, (New-TestName 'artifacts')) }

    # The AWS CLI against the session's server (which checks no signatures), with nothing of this machine's AWS set-up.
    function Invoke-AwsCli([string[]] $Arguments) {
        $server = Initialize-TestServer
        $config = [IO.Path]::Combine($global:AutopilotTestRoot, 'aws-config')
        Set-Content -LiteralPath $config -Value "[default]`ns3 =`n    signature_version = s3v4`n    addressing_style = path"
        $saved = @{}
        $environment = @{
            AWS_ACCESS_KEY_ID = 'test'; AWS_SECRET_ACCESS_KEY = 'test'; AWS_DEFAULT_REGION = $server.Region; AWS_CONFIG_FILE = $config
            AWS_SHARED_CREDENTIALS_FILE = [IO.Path]::Combine($global:AutopilotTestRoot, 'no-credentials'); AWS_PROFILE = $null
            AWS_ENDPOINT_URL = $null; AWS_EC2_METADATA_DISABLED = 'true'
        }
        # PowerShell passes $null to a [string] as '', which the CLI reads as a profile named ''; unset with Remove-Item.
        function Set-EnvironmentValue([string] $name, $value) {
            if ($null -eq $value) { Remove-Item -LiteralPath "env:$name" -ErrorAction SilentlyContinue } else { Set-Item -LiteralPath "env:$name" -Value $value }
        }
        foreach ($name in $environment.Keys) { $saved[$name] = [Environment]::GetEnvironmentVariable($name); Set-EnvironmentValue $name $environment[$name] }
        try { aws --endpoint-url $server.Url @Arguments; $LASTEXITCODE | Should -Be 0 -Because "aws $Arguments" }
        finally { foreach ($name in $saved.Keys) { Set-EnvironmentValue $name $saved[$name] } }
    }
}

Describe 'Save-AutoMLJobArtifact' {
    It 'saves a piped job''s report and its best candidate''s reports and archive, as the AWS CLI downloads them' {
        $folder = New-ArtifactFolder
        $saved = $job | Save-AutoMLJobArtifact -Path $folder

        ($saved.Kind | Sort-Object -Unique) -join ',' | Should -Be 'DataExploration,ModelInsights,Explainability,Model'
        $saved | ForEach-Object {
            $_ | Should -BeOfType AutopilotTools.AutoMLArtifactFile
            (Get-Item -LiteralPath $_.Path).Length | Should -Be $_.Size
            $_.Checksums | Should -Contain 'MD5'
        }

        # The same objects through the AWS CLI: byte for byte what the cmdlet saved.
        $cli = [IO.Path]::Combine($folder, 'cli')
        foreach ($file in $saved) {
            $copy = [IO.Path]::Combine($cli, [guid]::NewGuid().ToString('N'))
            Invoke-AwsCli 's3', 'cp', $file.Source, $copy, '--only-show-errors'
            (Get-FileHash -LiteralPath $copy).Hash | Should -Be (Get-FileHash -LiteralPath $file.Path).Hash -Because $file.Source
        }
    }

    It 'saves only the kinds asked for, and names a kind the job lacks in an error' {
        $folder = New-ArtifactFolder
        $saved = Save-AutoMLJobArtifact $job.AutoMLJobName -Kind DataExploration, CandidateDefinitions -Path $folder -ErrorVariable lacking -ErrorAction SilentlyContinue

        @($saved).Count | Should -Be 1
        $saved.Kind | Should -Be 'DataExploration'
        $saved.Path | Should -Be ([IO.Path]::Combine($folder, 'DataExploration', 'data-exploration.html'))
        $lacking.Count | Should -Be 1
        $lacking[0].FullyQualifiedErrorId | Should -Be 'ArtifactNotAvailable,AutopilotTools.Commands.SaveAutoMLJobArtifactCommand'
        $lacking[0].ErrorDetails.Message | Should -BeLike '*CandidateDefinitions*'
    }

    It 'saves a piped candidate''s model archive, a gzipped tar the tar tool lists' {
        $folder = New-ArtifactFolder
        $archive = $job | Get-AutoMLCandidate -Best | Save-AutoMLJobArtifact -Kind Model -Path $folder

        $archive.Path | Should -Be ([IO.Path]::Combine($folder, $best, 'Model', 'model.tar.gz'))
        $archive.Source | Should -Be $job.BestCandidate.InferenceContainers[0].ModelDataUrl
        $listed = tar -tzf $archive.Path
        $LASTEXITCODE | Should -Be 0
        @($listed).Count | Should -BeGreaterThan 0
    }

    It 'keeps an existing file with an ArtifactFileExists error naming it, and replaces it with -Force' {
        $folder = New-ArtifactFolder
        $first = Save-AutoMLJobArtifact $job -Kind DataExploration -Path $folder
        Set-Content -LiteralPath $first.Path -Value 'mine'

        $again = Save-AutoMLJobArtifact $job -Kind DataExploration -Path $folder -ErrorVariable exists -ErrorAction SilentlyContinue
        $again | Should -BeNullOrEmpty
        $exists[0].FullyQualifiedErrorId | Should -Be 'ArtifactFileExists,AutopilotTools.Commands.SaveAutoMLJobArtifactCommand'
        $exists[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        $exists[0].TargetObject | Should -Be $first.Path
        Get-Content -LiteralPath $first.Path | Should -Be 'mine'

        $forced = Save-AutoMLJobArtifact $job -Kind DataExploration -Path $folder -Force
        $forced.Path | Should -Be $first.Path
        (Get-Item -LiteralPath $first.Path).Length | Should -Be $first.Size
    }

    It 'stops the pipeline on an existing file under -ErrorAction Stop' {
        $folder = New-ArtifactFolder
        $null = Save-AutoMLJobArtifact $job -Kind DataExploration -Path $folder
        { Save-AutoMLJobArtifact $job -Kind DataExploration -Path $folder -ErrorAction Stop } | Should -Throw -ErrorId 'ArtifactFileExists,AutopilotTools.Commands.SaveAutoMLJobArtifactCommand'
    }

    It 'says under -WhatIf what it would save, and writes nothing' {
        $folder = New-ArtifactFolder
        $transcript = "$folder.transcript.txt"
        Start-Transcript -LiteralPath $transcript | Out-Null
        try { $output = $job | Save-AutoMLJobArtifact -Path $folder -WhatIf }
        finally { Stop-Transcript | Out-Null }

        $output | Should -BeNullOrEmpty
        Test-Path -LiteralPath $folder | Should -BeFalse
        $text = Get-Content -LiteralPath $transcript -Raw
        $text | Should -BeLike "*What if: Performing the operation `"Save Model artifact $($job.BestCandidate.InferenceContainers[0].ModelDataUrl)`"*"
        $text | Should -BeLike '*data-exploration.html*'
    }

    It 'refuses an object whose stored bytes no longer match its ETag, and leaves no file' {
        $server = Initialize-TestServer
        $folder = New-ArtifactFolder
        $reference = Save-AutoMLJobArtifact $job -Kind DataExploration -Path (New-ArtifactFolder)
        $bytes = [IO.File]::ReadAllBytes($reference.Path)
        $blob = Get-ChildItem -LiteralPath ([IO.Path]::Combine($server.DataPath, 'blobs')) -Recurse -File |
            Where-Object { $_.Length -eq $bytes.Length -and (Get-FileHash -LiteralPath $_.FullName).Hash -eq (Get-FileHash -LiteralPath $reference.Path).Hash }
        @($blob).Count | Should -Be 1
        $corrupted = $bytes.Clone()
        $corrupted[[int]($bytes.Length / 2)] = $corrupted[[int]($bytes.Length / 2)] -bxor 0x20
        [IO.File]::WriteAllBytes($blob.FullName, $corrupted)
        try {
            $saved = Save-AutoMLJobArtifact $job -Kind DataExploration -Path $folder -ErrorVariable mismatch -ErrorAction SilentlyContinue
        }
        finally { [IO.File]::WriteAllBytes($blob.FullName, $bytes) }

        $saved | Should -BeNullOrEmpty
        $mismatch[0].FullyQualifiedErrorId | Should -Be 'ArtifactChecksumMismatch,AutopilotTools.Commands.SaveAutoMLJobArtifactCommand'
        $mismatch[0].TargetObject | Should -Be $reference.Source
        @(Get-ChildItem -LiteralPath $folder -Recurse -File -Force -ErrorAction SilentlyContinue).Count | Should -Be 0
    }

    It 'shows a table of kind, size, checks and path' {
        $folder = New-ArtifactFolder
        $lines = Save-AutoMLJobArtifact $job -Kind DataExploration -Path $folder | Out-String -Stream -Width 200 | Where-Object { $_.Trim() }
        $lines[0] | Should -Match '^Kind\s+Size\s+Checked\s+Path$'
        $lines[2] | Should -Match '^DataExploration\s+\d+\s+MD5\s+.*data-exploration\.html$'
    }

    It 'completes -Kind from its set' {
        $completions = TabExpansion2 -inputScript 'Save-AutoMLJobArtifact x -Kind Mo' -cursorColumn 'Save-AutoMLJobArtifact x -Kind Mo'.Length
        $completions.CompletionMatches.CompletionText | Should -Be @('Model', 'ModelInsights')
    }
}
