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
    /// is what a folder repository installs. Installing is unpacking into a module folder; the result must import.
    /// </summary>
    public sealed class PackageTests
    {
        private static string PackagePath => Directory.GetFiles(Path.Combine(RepoPaths.Root, "out", "packages"), "AutopilotTools.*.nupkg").Single();

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

        [Fact]
        public void AnUnpackedPackageImportsAsAModule()
        {
            string modules = Directory.CreateTempSubdirectory("autopilottools-installed").FullName;
            // Removed when the test process ends, not now: an assembly loads once per process, so if this import is the
            // first, every later session's module assembly is the one in this folder, and Start-AutoMLLocalServer runs
            // the LocalServer/ beside it.
            System.AppDomain.CurrentDomain.ProcessExit += (_, _) => Local.TempDirectories.Remove(modules);
            string target = Path.Combine(modules, "AutopilotTools");
            ZipFile.ExtractToDirectory(PackagePath, target);
            using var session = new PowerShellSession(importModule: false);

            RunResult result = session.RunScript(@"
                Import-Module ($args[0] + '/AutopilotTools.psd1') -ErrorAction Stop
                (Get-Command -Module AutopilotTools).Name", target).ThrowIfErrors();

            Assert.Contains("Get-AutoMLJobV2", result.Output.Select(o => o.ToString()));
            Assert.True(File.Exists(Path.Combine(target, "LocalServer", "AutopilotTools.Local.dll")), "the package ships the local server");
        }

        private static string ManifestVersion()
        {
            using var session = new PowerShellSession(importModule: false);
            return session.RunScript("(Test-ModuleManifest $args[0]).Version.ToString()", RepoPaths.ModuleManifest).ThrowIfErrors().Single<string>();
        }
    }
}
