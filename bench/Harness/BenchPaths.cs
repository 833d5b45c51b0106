using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>Where the built module, the empty reference module, the cold-start host and this program are.</summary>
    internal static class BenchPaths
    {
        public static string RepoRoot { get; } = FindRoot();

        /// <summary>The module as the build lays it out; the benchmarks import exactly this, as users do.</summary>
        public static string ModuleManifest => Path.Combine(RepoRoot, "out", "AutopilotTools", "AutopilotTools.psd1");

        public static string EmptyModuleManifest => Built("EmptyModuleManifest");

        /// <summary>The program the cold-start PowerShell children run in (bench/ColdStartHost), for `dotnet ColdStartHost.dll ...`.</summary>
        public static string ColdStartHost => Built("ColdStartHost");

        /// <summary>
        /// The pwsh the repository pins (dotnet-tools.json), as `dotnet tool restore` put it in the NuGet cache: its
        /// pwsh.dll, which `dotnet exec` runs as the pwsh apphost would, without the tool manifest lookup of `dotnet pwsh`.
        /// </summary>
        public static string PwshAssembly()
        {
            using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot, "dotnet-tools.json")));
            string version = manifest.RootElement.GetProperty("tools").GetProperty("powershell").GetProperty("version").GetString()!;
            string packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            string pwsh = Path.Combine(packages, "powershell", version, "tools", "net10.0", "any", OperatingSystem.IsWindows() ? "win" : "unix", "pwsh.dll");
            return File.Exists(pwsh) ? pwsh : throw new InvalidOperationException($"{pwsh} is missing: run 'dotnet tool restore' in {RepoRoot} first.");
        }

        /// <summary>The script each real-pwsh cold-start sample runs (benchmark 8).</summary>
        public static string PwshColdStartScript => Path.Combine(RepoRoot, "bench", "ColdStart", "pwsh-cold-start.ps1");

        /// <summary>This program as a child: `dotnet bench.dll --child ...`.</summary>
        public static string[] BenchChild => new[] { typeof(BenchPaths).Assembly.Location, "--child" };

        /// <summary>
        /// The dotnet host: this process when it is one (dotnet bench.dll), else the host beside the shared runtime
        /// this process runs on (dotnet run starts the apphost).
        /// </summary>
        public static string DotnetHost()
        {
            string? current = Environment.ProcessPath;
            if (current != null && Path.GetFileNameWithoutExtension(current) == "dotnet")
            {
                return current;
            }

            string runtimeDir = System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory();
            string root = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
            string host = Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            return File.Exists(host) ? host : "dotnet";
        }

        public static void RequireBuiltModule()
        {
            foreach (string path in new[] { ModuleManifest, EmptyModuleManifest, ColdStartHost })
            {
                if (!File.Exists(path))
                {
                    throw new InvalidOperationException($"{path} is missing: build the solution (dotnet build AutopilotTools.sln -c Release) or run through dotnet run --project bench -c Release.");
                }
            }
        }

        /// <summary>A path the build wrote into this program's AssemblyMetadata.</summary>
        private static string Built(string key) => typeof(BenchPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value!;

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AutopilotTools.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("bench must run from inside the repository (no AutopilotTools.sln above " + AppContext.BaseDirectory + ").");
        }
    }
}
