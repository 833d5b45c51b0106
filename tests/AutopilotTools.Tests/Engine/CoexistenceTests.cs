using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>
    /// AutopilotTools in one session with a module that brings another build of AWSSDK.Core, as AWS Tools for
    /// PowerShell do (3.7), or a newer 4.x (same assembly version, 4.0.0.0: the case where the first loaded would
    /// win), imported before or after it. Each case is a fresh process with PowerShell's assemblies only, as pwsh
    /// is (this test process has the SDK loaded already, so the question cannot be asked here).
    /// </summary>
    public sealed class CoexistenceTests
    {
        private const string Scenario = @"
param([string] $Order, [string] $OtherModule, [string] $AutopilotTools, [string] $DataPath)
$ErrorActionPreference = 'Stop'
$script:runs = 0

# What a cmdlet of the other module does with its own SDK.
function Use-OtherSdk {
    $script:otherCredentials = [Amazon.Runtime.BasicAWSCredentials]::new('other-key', 'other-secret')
    'other: ' + $script:otherCredentials.GetCredentials().AccessKey
}

# Ours against a local server: an upload through S3, a create and a describe; with the other module's credentials
# object when it is there (the local server takes any keys). An explicit -Credential means AWS unless -EndpointUrl
# names the session's server, so both are given.
function Use-AutopilotTools {
    $script:runs++
    $folder = [System.IO.Path]::Combine($DataPath, ""run-$script:runs"")
    $server = Start-AutoMLLocalServer -DataPath $folder
    try {
        $csv = [System.IO.Path]::Combine($folder, 'rows.csv')
        [System.IO.File]::WriteAllLines($csv, [string[]]@('x,label', '1,a', '2,b'))
        $name = ""coexist-$script:runs""
        $connection = if ($script:otherCredentials) { @{ Credential = $script:otherCredentials; EndpointUrl = $server.Url } } else { @{} }
        New-AutoMLJobV2 $name -TrainingData $csv -TargetAttributeName label -OutputPath s3://coexist/out `
            -RoleArn arn:aws:iam::111122223333:role/coexist @connection | Out-Null
        'autopilot: ' + (Get-AutoMLJobV2 $name @connection).AutoMLJobName
    }
    finally {
        $server | Stop-AutoMLLocalServer
    }
}

if ($Order -eq 'other-first') {
    Import-Module $OtherModule; Use-OtherSdk
    Import-Module $AutopilotTools; Use-AutopilotTools; Use-OtherSdk
}
else {
    Import-Module $AutopilotTools; Use-AutopilotTools
    Import-Module $OtherModule; Use-OtherSdk; Use-AutopilotTools
}

[AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'AWSSDK.Core' } |
    ForEach-Object { 'loaded: ' + $_.Location }
";

        public static TheoryData<string, string> Cases()
        {
            var cases = new TheoryData<string, string>();
            foreach (string other in new[] { "OtherAwsSdkCore37", "OtherAwsSdkCore41" })
            {
                cases.Add(other, "other-first");
                cases.Add(other, "autopilot-first");
            }

            return cases;
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public async Task BothModulesWorkInOneSessionWithTheirOwnAwsSdkCore(string otherSdk, string order)
        {
            string folder = TempDirectories.Create();
            try
            {
                string otherModule = OtherModule(folder, ChildProgram.Built(otherSdk));
                string script = Path.Combine(folder, "coexistence.ps1");
                File.WriteAllText(script, Scenario);

                ChildRun run = await ChildProgram.RunAsync(
                    ChildProgram.Built("ScriptHostProgram"),
                    new[] { script, order, otherModule, RepoPaths.ModuleManifest, Path.Combine(folder, "servers") },
                    TimeSpan.FromMinutes(3));

                Assert.True(run.ExitCode == 0, run.ToString());
                List<string> lines = run.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
                string[] expected = order == "other-first"
                    ? new[] { "other: other-key", "autopilot: coexist-1", "other: other-key" }
                    : new[] { "autopilot: coexist-1", "other: other-key", "autopilot: coexist-2" };
                Assert.Equal(expected, lines.Where(l => !l.StartsWith("loaded: ", StringComparison.Ordinal)));

                // Two copies side by side, each module's own; ours from the folders only the module's load context reads
                // (the image precompiled for this platform where the module has one, else the IL).
                var loaded = lines.Where(l => l.StartsWith("loaded: ", StringComparison.Ordinal)).Select(l => Path.GetFullPath(l.Substring(8))).OrderBy(p => p, StringComparer.Ordinal).ToList();
                string precompiled = Path.Combine(RepoPaths.ModuleDirectory, "ready-to-run", $"net{Environment.Version.Major}.0", PlatformFolder(), "AWSSDK.Core.dll");
                var owners = new[]
                {
                    Path.GetFullPath(File.Exists(precompiled) ? precompiled : Path.Combine(RepoPaths.ModuleDirectory, "dependencies", "AWSSDK.Core.dll")),
                    Path.GetFullPath(Path.Combine(Path.GetDirectoryName(otherModule)!, "AWSSDK.Core.dll")),
                }.OrderBy(p => p, StringComparer.Ordinal).ToList();
                Assert.Equal(owners, loaded);
            }
            finally
            {
                TempDirectories.Remove(folder);
            }
        }

        /// <summary>Remove-Module unhooks the module's resolver; importing again hooks it again, onto the same load context.</summary>
        [Fact]
        public async Task TheModuleImportsAgainAfterRemoveModule()
        {
            string folder = TempDirectories.Create();
            try
            {
                string script = Path.Combine(folder, "reimport.ps1");
                File.WriteAllText(script, @"
param([string] $AutopilotTools, [string] $DataPath)
$ErrorActionPreference = 'Stop'
Import-Module $AutopilotTools
Remove-Module AutopilotTools
Import-Module $AutopilotTools -Force
$server = Start-AutoMLLocalServer -DataPath $DataPath
try { @(Get-AutoMLJobV2 -First 1).Count } finally { $server | Stop-AutoMLLocalServer }
(Get-Module AutopilotTools).Name");

                ChildRun run = await ChildProgram.RunAsync(
                    ChildProgram.Built("ScriptHostProgram"), new[] { script, RepoPaths.ModuleManifest, Path.Combine(folder, "server") }, TimeSpan.FromMinutes(2));

                Assert.True(run.ExitCode == 0, run.ToString());
                Assert.Equal(new[] { "0", "AutopilotTools" }, run.Output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
            }
            finally
            {
                TempDirectories.Remove(folder);
            }
        }

        /// <summary>A module as AWS Tools ship one: a manifest whose RequiredAssemblies is its own AWSSDK.Core.</summary>
        private static string OtherModule(string folder, string awsSdkCore)
        {
            string moduleFolder = Directory.CreateDirectory(Path.Combine(folder, "OtherAwsModule")).FullName;
            File.Copy(awsSdkCore, Path.Combine(moduleFolder, "AWSSDK.Core.dll"));
            string manifest = Path.Combine(moduleFolder, "OtherAwsModule.psd1");
            File.WriteAllText(manifest, "@{ ModuleVersion = '1.0.0'; GUID = '5f0c2a8e-3b1d-4c7e-9a6f-0d2e4b8c1a37'; RequiredAssemblies = @('AWSSDK.Core.dll') }");
            return manifest;
        }

        private static string PlatformFolder() =>
            (OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux") + "-" +
            System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
    }
}
