using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>
    /// The .nupkg the build writes to out/packages/: module files at the package root with a PSModule nuspec, which
    /// is what a folder repository installs.
    /// </summary>
    public sealed class PackageTests
    {
        // AutopilotTools.<version>.nupkg; the optional engine's AutopilotTools.Pretrained.<version>.nupkg sits beside it.
        private static string PackagePath => Directory.GetFiles(Path.Combine(RepoPaths.Root, "out", "packages"), "AutopilotTools.*.nupkg")
            .Single(p => char.IsDigit(Path.GetFileName(p)["AutopilotTools.".Length]));

        /// <summary>The encoders (a few hundred MB) are the optional engine's package, never the module's: it stays light.</summary>
        [Fact]
        public void ThePackageCarriesNoPretrainedEncoders()
        {
            using ZipArchive package = ZipFile.OpenRead(PackagePath);

            Assert.DoesNotContain(package.Entries, e => e.FullName.EndsWith(".onnx") || e.Name.StartsWith("SentenceTransformers") || e.FullName.Contains("Pretrained"));
            Assert.True(new FileInfo(PackagePath).Length < 60 * 1024 * 1024, $"{new FileInfo(PackagePath).Length:N0} bytes");
        }

        [Fact]
        public void ThePackageHoldsTheModuleAtItsRootWithItsVersionAndTags()
        {
            using ZipArchive package = ZipFile.OpenRead(PackagePath);
            var entries = package.Entries.Select(e => e.FullName).ToHashSet();
            XDocument nuspec = XDocument.Load(package.GetEntry("AutopilotTools.nuspec")!.Open());
            XNamespace ns = nuspec.Root!.GetDefaultNamespace();
            XElement metadata = nuspec.Root.Element(ns + "metadata")!;

            Assert.Subset(entries, new[] { "AutopilotTools.psd1", "AutopilotTools.dll", "AutopilotTools.Format.ps1xml", "dependencies/AWSSDK.Core.dll", "dependencies/AutopilotTools.Client.dll", "en-US/about_AutopilotTools.help.txt", "en-US/AutopilotTools.dll-Help.xml" }.ToHashSet());
            Assert.Equal("AutopilotTools", metadata.Element(ns + "id")!.Value);
            Assert.Equal(ManifestVersion(), metadata.Element(ns + "version")!.Value);
            Assert.Contains("PSModule", metadata.Element(ns + "tags")!.Value.Split(' '));
            Assert.Empty(metadata.Descendants(ns + "dependency"));
        }

        /// <summary>
        /// The package ships what runs: no debug symbols, not LightGBM's command-line trainer, and native files only
        /// for the platforms PowerShell 7 runs the module on (browser-wasm, mips, s390x … are dead weight).
        /// Installing it from a repository is tested in real pwsh: tests/Pester/Package.Tests.ps1.
        /// </summary>
        [Fact]
        public void ThePackageHoldsNoSymbolsNoToolsAndNoNativeFilesForOtherPlatforms()
        {
            string[] platforms = { "win-x64", "win-x86", "win-arm64", "linux-x64", "linux-arm", "linux-arm64", "linux-musl-x64", "linux-musl-arm64", "osx-x64", "osx-arm64" };
            using ZipArchive package = ZipFile.OpenRead(PackagePath);
            var entries = package.Entries.Select(e => e.FullName).ToList();

            Assert.DoesNotContain(entries, e => e.EndsWith(".pdb") || e.EndsWith(".dbg") || e.EndsWith(".dwarf"));
            Assert.DoesNotContain(entries, e => Path.GetFileName(e) == "lightgbm.exe");
            var runtimes = entries.Where(e => e.StartsWith("LocalServer/runtimes/")).Select(e => e.Split('/')[2]).Distinct().ToList();
            Assert.Contains("linux-x64", runtimes);
            Assert.All(runtimes, rid => Assert.Contains(rid, platforms));
        }

        [Fact]
        public void TheManifestCarriesTheLicenseAndThisVersionsReleaseNotes()
        {
            using var session = new PowerShellSession(importModule: false);
            RunResult result = session.RunScript(
                "$m = Test-ModuleManifest $args[0]; $m.Copyright; $m.LicenseUri.AbsoluteUri; $m.ReleaseNotes; [bool]$m.ProjectUri",
                RepoPaths.ModuleManifest).ThrowIfErrors();
            string changelog = File.ReadAllText(Path.Combine(RepoPaths.Root, "CHANGELOG.md"));

            Assert.Equal("Copyright (c) 2026 AutopilotTools contributors", result.Output[0].ToString());
            Assert.Equal("https://opensource.org/license/mit", result.Output[1].ToString());
            string notes = result.Output[2].ToString().Replace("\r\n", "\n");
            Assert.StartsWith("### ", notes);
            Assert.Contains(notes.Trim(), changelog.Replace("\r\n", "\n"));
            Assert.Contains("Copyright (c) 2026 AutopilotTools contributors", File.ReadAllText(Path.Combine(RepoPaths.Root, "LICENSE")));
            Assert.False((bool)result.Output[3].BaseObject, "ProjectUri stays out until there is a public repository");
        }

        private static string ManifestVersion()
        {
            using var session = new PowerShellSession(importModule: false);
            return session.RunScript("(Test-ModuleManifest $args[0]).Version.ToString()", RepoPaths.ModuleManifest).ThrowIfErrors().Single<string>();
        }
    }
}
