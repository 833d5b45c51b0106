using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace AutopilotTools.RunTests
{
    /// <summary>
    /// The project's one test command: <c>dotnet run --project tests/RunTests -c Release</c>. It restores the tools the
    /// repository pins (PowerShell 7.6.10 as <c>dotnet pwsh</c>), runs the xunit suite with <c>dotnet test</c> on the
    /// solution (which lays the module out in out/AutopilotTools/ first), then the Pester suite in real pwsh against
    /// that module, and ends with one line counting both suites. The exit code is 0 only when both ran and passed.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            RunOptions options;
            try
            {
                options = RunOptions.Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine(e.Message);
                Console.Error.WriteLine(RunOptions.Usage);
                return 2;
            }

            if (options.ShowUsage)
            {
                Console.Out.WriteLine(RunOptions.Usage);
                return 0;
            }

            string root = RepositoryRoot();
            var steps = new Steps(root);
            if (!steps.Run("dotnet", "tool", "restore"))
            {
                Console.Error.WriteLine("'dotnet tool restore' failed: the Pester suite needs the pinned PowerShell tool.");
                return 1;
            }

            var counts = new List<SuiteCounts>();
            bool ranClean = true;
            if (options.RunXunit)
            {
                SuiteCounts xunit = XunitSuite.Run(steps, options);
                counts.Add(xunit);
                ranClean &= xunit.RanClean;
            }
            else
            {
                // Pester imports the module the build lays out; without the xunit run nothing else builds it.
                ranClean &= steps.Run("dotnet", "build", "AutopilotTools.sln", "-c", options.Configuration);
            }

            if (options.RunPester)
            {
                SuiteCounts pester = PesterSuite.Run(steps, options, PesterManifest());
                counts.Add(pester);
                ranClean &= pester.RanClean;
            }

            return Report(counts, ranClean);
        }

        private static int Report(IReadOnlyList<SuiteCounts> counts, bool ranClean)
        {
            Console.Out.WriteLine();
            foreach (SuiteCounts suite in counts)
            {
                Console.Out.WriteLine($"{suite.Name}: {suite.Passed} passed, {suite.Failed} failed, {suite.Skipped} skipped" + (suite.RanClean ? string.Empty : " (the suite did not finish cleanly: see above)"));
            }

            int passed = counts.Sum(c => c.Passed), failed = counts.Sum(c => c.Failed), skipped = counts.Sum(c => c.Skipped);
            Console.Out.WriteLine($"tests: {passed} passed, {failed} failed, {skipped} skipped");
            return ranClean && failed == 0 && passed > 0 ? 0 : 1;
        }

        private static string PesterManifest() =>
            typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "PesterManifest").Value!;

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AutopilotTools.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("AutopilotTools.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
