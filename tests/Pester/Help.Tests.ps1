# Every example of every cmdlet's help, as Get-Help shows it in this pwsh, runs as typed at a prompt in a session
# with a local server and nothing else: no connection parameters, no prepared data, a fresh folder. Output the help
# shows in a text block (docs/en-US/<cmdlet>.md) must be what the example writes, in order.
BeforeDiscovery {
    . $PSScriptRoot/common.ps1
    $examples = foreach ($command in Get-Command -Module AutopilotTools -CommandType Cmdlet) {
        $number = 0
        foreach ($example in (Get-Help $command.Name).examples.example) {
            @{ Cmdlet = $command.Name; Number = ++$number; Title = ($example.title -replace '^-+\s*Example \d+:\s*|\s*-+$', ''); Code = $example.code }
        }
    }
}

BeforeAll {
    . $PSScriptRoot/common.ps1
    $script:docs = [IO.Path]::Combine($PSScriptRoot, '..', '..', 'docs', 'en-US')

    # The ```text blocks of example N in the cmdlet's markdown help, line by line.
    function Get-ShownOutput([string] $cmdlet, [int] $number) {
        $markdown = Get-Content -LiteralPath ([IO.Path]::Combine($docs, "$cmdlet.md")) -Raw
        $sections = [regex]::Split($markdown, '(?m)^### Example (\d+):')
        $at = [array]::IndexOf($sections, "$number")
        $section = ($sections[$at + 1] -split '(?m)^## ')[0]
        [regex]::Matches($section, '(?ms)^```text\r?\n(.*?)^```') | ForEach-Object { $_.Groups[1].Value -split '\r?\n' } |
            ForEach-Object Trim | Where-Object { $_ }
    }

    # Runs one example as typed at a prompt, and checks the output its help shows.
    function Invoke-HelpExample([string] $Cmdlet, [int] $Number, [string] $Code) {
        $null = Initialize-TestServer
        $folder = [IO.Path]::Combine($global:AutopilotTestRoot, 'examples', "$Cmdlet-$Number")
        $null = New-Item -ItemType Directory -Force -Path $folder
        $transcript = "$folder.transcript.txt"
        Push-Location -LiteralPath $folder
        Start-Transcript -LiteralPath $transcript | Out-Null
        try {
            # A child scope, as at a prompt after the one before: variables do not leak into the next example.
            $output = & ([scriptblock]::Create($Code)) | Out-String -Stream -Width 120
            $output | Out-Host
        }
        finally {
            Stop-Transcript | Out-Null
            Pop-Location
        }

        # What if: lines and tables reach the host, so the transcript is what the user saw.
        $written = (Get-Content -LiteralPath $transcript) + $output | ForEach-Object Trim
        $from = 0
        foreach ($line in Get-ShownOutput $Cmdlet $Number) {
            $found = [array]::IndexOf($written, $line, $from)
            $found | Should -BeGreaterOrEqual 0 -Because "the help shows '$line' after what came before it"
            $from = $found + 1
        }
    }
}

Describe 'Get-Help examples' {
    It '<Cmdlet> example <Number>: <Title>' -ForEach $examples {
        Invoke-HelpExample $Cmdlet $Number $Code
    }
}
