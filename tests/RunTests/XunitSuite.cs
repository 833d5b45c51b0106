using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AutopilotTools.RunTests
{
    /// <summary><c>dotnet test</c> on the solution; its counts are summed over the summary line of every test assembly.</summary>
    internal static class XunitSuite
    {
        // "Passed!  - Failed:     0, Passed:   537, Skipped:     0, Total:   537, Duration: ..." (or "Failed!  - ...").
        private static readonly Regex Summary = new Regex(@"Failed:\s+(?<failed>\d+),\s+Passed:\s+(?<passed>\d+),\s+Skipped:\s+(?<skipped>\d+)");

        public static SuiteCounts Run(Steps steps, RunOptions options)
        {
            var arguments = new List<string> { "test", "AutopilotTools.sln", "-c", options.Configuration };
            if (options.XunitFilter != null)
            {
                arguments.AddRange(new[] { "--filter", options.XunitFilter });
            }

            int passed = 0, failed = 0, skipped = 0, assemblies = 0;
            int exitCode = steps.Run("dotnet", arguments, line =>
            {
                Match match = Summary.Match(line);
                if (match.Success)
                {
                    lock (Summary)
                    {
                        assemblies++;
                        passed += int.Parse(match.Groups["passed"].Value);
                        failed += int.Parse(match.Groups["failed"].Value);
                        skipped += int.Parse(match.Groups["skipped"].Value);
                    }
                }
            }, timeout: null);

            // A failing test makes dotnet test exit 1 with its counts; no summary at all means it did not get to run.
            return new SuiteCounts("xunit", passed, failed, skipped, RanClean: assemblies > 0 && (exitCode == 0 || failed > 0));
        }
    }
}
