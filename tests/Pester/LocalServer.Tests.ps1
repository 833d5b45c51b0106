# The local server cmdlets: start another server, see it, stop it; the session's default comes back to the suite's.
BeforeAll { . $PSScriptRoot/common.ps1 }

Describe 'Start-AutoMLLocalServer, Get-AutoMLLocalServer, Stop-AutoMLLocalServer' {
    It 'starts a server that answers, lists it, and stops it' {
        $before = Initialize-TestServer
        $data = [IO.Path]::Combine($global:AutopilotTestRoot, (New-TestName 'own-server'))
        $server = Start-AutoMLLocalServer -DataPath $data
        try {
            $server.IsRunning | Should -BeTrue
            $server.Url | Should -Match '^http://127\.0\.0\.1:\d+$'
            (Invoke-RestMethod "$($server.Url)/") | Should -Not -BeNullOrEmpty
            Get-AutoMLLocalServer | Where-Object Url -EQ $server.Url | Should -Not -BeNullOrEmpty
        }
        finally {
            $server | Stop-AutoMLLocalServer -Confirm:$false
        }
        $server.IsRunning | Should -BeFalse
        # The server the session had before is its default again.
        (Get-AutoMLLocalServer | Where-Object IsSessionDefault).Url | Should -Be $before.Url
    }

    It 'starts nothing under -WhatIf' {
        $before = @(Get-AutoMLLocalServer).Count
        Start-AutoMLLocalServer -DataPath ([IO.Path]::Combine($global:AutopilotTestRoot, 'never')) -WhatIf
        @(Get-AutoMLLocalServer).Count | Should -Be $before
    }
}

Describe 'The precompiled client' {
    It 'loads the client and the AWS SDK precompiled for this platform, beside the IL that Windows PowerShell loads' {
        $null = Get-TrainedChurnJob
        $os = if ($IsWindows) { 'win' } elseif ($IsMacOS) { 'osx' } else { 'linux' }
        $arch = [Runtime.InteropServices.RuntimeInformation]::ProcessArchitecture.ToString().ToLowerInvariant()
        $folder = [IO.Path]::Combine((Get-Module AutopilotTools).ModuleBase, 'ready-to-run', "net$([Environment]::Version.Major).0", "$os-$arch")
        $loaded = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -in 'AWSSDK.Core', 'AutopilotTools.Client' -and $_.Location.StartsWith((Get-Module AutopilotTools).ModuleBase) }
        $loaded.Count | Should -Be 2
        $loaded | ForEach-Object { [IO.Path]::GetDirectoryName($_.Location) | Should -Be $folder }
    }
}
