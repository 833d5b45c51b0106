using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace AutopilotTools.RunTests
{
    /// <summary>
    /// tests/Pester in real pwsh (<c>dotnet pwsh</c>, the version the tool manifest pins) with the Pester the build
    /// downloaded. The suite writes its counts to a file, read here, rather than having its console output parsed.
    /// </summary>
    internal static class PesterSuite
    {
        /// <summary>The whole Pester suite takes a few minutes; past this it is hung, not slow.</summary>
        private static readonly TimeSpan Limit = TimeSpan.FromMinutes(20);

        public static SuiteCounts Run(Steps steps, RunOptions options, string pesterManifest)
        {
            string results = Path.Combine(steps.Root, "out", "test-results");
            Directory.CreateDirectory(results);
            string countsFile = Path.Combine(results, "pester-counts.json");
            File.Delete(countsFile);

            var arguments = new List<string>
            {
                "pwsh", "-NoProfile", "-NonInteractive", "-File", Path.Combine("tests", "Pester", "Invoke-PesterSuite.ps1"),
                "-PesterManifest", pesterManifest,
                "-ModuleManifest", Path.Combine(steps.Root, "out", "AutopilotTools", "AutopilotTools.psd1"),
                "-ResultFolder", results,
            };
            if (options.PesterPath != null)
            {
                arguments.AddRange(new[] { "-Path", Path.GetFullPath(options.PesterPath, steps.Root) });
            }

            int exitCode = steps.Run("dotnet", arguments, onLine: null, Limit);
            if (!File.Exists(countsFile))
            {
                return new SuiteCounts("pester", 0, 0, 0, RanClean: false);
            }

            using JsonDocument counts = JsonDocument.Parse(File.ReadAllText(countsFile));
            JsonElement c = counts.RootElement;
            int failed = c.GetProperty("Failed").GetInt32();
            return new SuiteCounts("pester", c.GetProperty("Passed").GetInt32(), failed, c.GetProperty("Skipped").GetInt32(), RanClean: exitCode == 0 || failed > 0);
        }
    }
}
