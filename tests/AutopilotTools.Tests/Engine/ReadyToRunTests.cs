using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>The precompiled images the build lays out for PowerShell 7, and how the module picks the folder.</summary>
    public sealed class ReadyToRunTests
    {
        private const string FolderName = "ready-to-run";

        /// <summary>
        /// The module's Loading/ReadyToRunImages, from the module assembly as PowerShell loads it (the tests reference
        /// the module's folder, not its assembly).
        /// </summary>
        private static readonly Type ReadyToRunImages = Assembly.LoadFrom(Path.Combine(RepoPaths.ModuleDirectory, "AutopilotTools.dll"))
            .GetType("AutopilotTools.Loading.ReadyToRunImages", throwOnError: true)!;

        private static readonly string[] Platforms = { "linux-x64", "linux-arm64", "osx-x64", "osx-arm64", "win-x64", "win-arm64" };

        private static readonly string[] Precompiled = { "AWSSDK.Core.dll", "AutopilotTools.Client.dll" };

        public static TheoryData<string, string> Images()
        {
            var data = new TheoryData<string, string>();
            foreach (string platform in Platforms)
            {
                foreach (string assembly in Precompiled)
                {
                    data.Add(platform, assembly);
                }
            }

            return data;
        }

        /// <summary>
        /// .NET refuses an image compiled for another platform: each must be a ReadyToRun image of the very assembly in
        /// dependencies/ (same module version id), for the machine and operating system its folder names.
        /// </summary>
        [Theory]
        [MemberData(nameof(Images))]
        public void EachImageIsTheDependencyPrecompiledForItsFolder(string platform, string assembly)
        {
            string folder = Directory.GetDirectories(Path.Combine(RepoPaths.ModuleDirectory, FolderName), "net*").Single();
            using var image = new PEReader(File.OpenRead(Path.Combine(folder, platform, assembly)));
            using var il = new PEReader(File.OpenRead(Path.Combine(RepoPaths.ModuleDirectory, "dependencies", assembly)));

            Assert.True(image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{platform}/{assembly} has no ReadyToRun header");
            Assert.Equal(MachineFor(platform), (ushort)image.PEHeaders.CoffHeader.Machine);
            Assert.Equal(Mvid(il), Mvid(image));
            Assert.Equal($"net{Environment.Version.Major}.0", Path.GetFileName(folder));
        }

        [Fact]
        public void ThisProcessTakesTheFolderForItsPlatform()
        {
            string? expected = Platform(RuntimeInformation.IsOSPlatform, RuntimeInformation.ProcessArchitecture);

            string? folder = (string?)ReadyToRunImages.GetMethod("FolderFor", new[] { typeof(string) })!.Invoke(null, new object[] { RepoPaths.ModuleDirectory });

            Assert.NotNull(expected);
            Assert.Equal(Path.Combine(RepoPaths.ModuleDirectory, FolderName, $"net{Environment.Version.Major}.0", expected!), folder);
        }

        [Theory]
        [InlineData("10.0.1", "linux-x64", "net10.0/linux-x64")]
        [InlineData("11.0.0", "linux-x64", "net10.0/linux-x64")]
        [InlineData("12.0.0", "osx-arm64", "net12.0/osx-arm64")]
        [InlineData("9.0.8", "linux-x64", null)]
        [InlineData("10.0.1", "linux-riscv64", null)]
        [InlineData("10.0.1", null, null)]
        public void TheNewestImagesNotNewerThanTheRuntimeForThisExactPlatformServe(string runtime, string? platform, string? expected)
        {
            string module = Directory.CreateTempSubdirectory("r2r-layout").FullName;
            try
            {
                foreach (string folder in new[] { "net10.0/linux-x64", "net10.0/osx-arm64", "net12.0/osx-arm64", "net12.0/win-x64", "netfoo/linux-x64" })
                {
                    Directory.CreateDirectory(Path.Combine(module, FolderName, folder));
                }

                string? chosen = (string?)ReadyToRunImages.GetMethod("FolderFor", BindingFlags.NonPublic | BindingFlags.Static, null, new[] { typeof(string), typeof(Version), typeof(string) }, null)!
                    .Invoke(null, new object?[] { module, Version.Parse(runtime), platform });

                Assert.Equal(expected == null ? null : Path.Combine(module, FolderName, expected), chosen);
            }
            finally
            {
                Directory.Delete(module, recursive: true);
            }
        }

        [Theory]
        [InlineData("Windows", Architecture.X64, "win-x64")]
        [InlineData("Linux", Architecture.Arm64, "linux-arm64")]
        [InlineData("OSX", Architecture.Arm64, "osx-arm64")]
        [InlineData("Linux", Architecture.X86, null)]
        [InlineData("FreeBSD", Architecture.X64, null)]
        public void PlatformsAreNamedAsTheFoldersAre(string os, Architecture architecture, string? expected) =>
            Assert.Equal(expected, Platform(candidate => candidate == OSPlatform.Create(os.ToUpperInvariant()), architecture));

        private static string? Platform(Func<OSPlatform, bool> isOS, Architecture architecture) =>
            (string?)ReadyToRunImages.GetMethod("Platform", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, new object[] { isOS, architecture });

        /// <summary>The PE machine field of a ReadyToRun image: the architecture's, XOR a value for the operating system.</summary>
        private static ushort MachineFor(string platform)
        {
            ushort architecture = platform.EndsWith("arm64", StringComparison.Ordinal) ? (ushort)0xAA64 : (ushort)0x8664;
            ushort os = platform.StartsWith("linux", StringComparison.Ordinal) ? (ushort)0x7B79 : platform.StartsWith("osx", StringComparison.Ordinal) ? (ushort)0x4644 : (ushort)0;
            return (ushort)(architecture ^ os);
        }

        private static Guid Mvid(PEReader pe)
        {
            MetadataReader metadata = pe.GetMetadataReader();
            return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
        }
    }
}
