using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Samples
{
    /// <summary>
    /// The README's first command, `dotnet run --project samples/QuickStart`, less the build dotnet run does first:
    /// the built program in a process of its own, offline, running samples/quickstart.ps1 from start to cleanup.
    /// </summary>
    public sealed class QuickStartTests
    {
        [Fact]
        public async Task TheQuickStartTrainsDeploysPredictsAndCleansUp()
        {
            // A temp folder of its own, so that what the run leaves behind (or not) is all that is in it.
            string temp = Directory.CreateTempSubdirectory("quickstart-test").FullName;
            var environment = new Dictionary<string, string> { ["TMPDIR"] = temp, ["TMP"] = temp, ["TEMP"] = temp };
            ChildRun run;
            string[] left;
            try
            {
                run = await ChildProgram.RunAsync(ChildProgram.Built("QuickStartProgram"), Array.Empty<string>(), TimeSpan.FromMinutes(5), environment);
                left = Directory.GetFileSystemEntries(temp, "autopilot-quickstart*");
            }
            finally
            {
                Directory.Delete(temp, recursive: true);
            }

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.True(run.Error.Trim().Length == 0, run.ToString());
            Assert.Matches(new Regex(@"^quickstart-\d{14}\S*\s+Completed\s", RegexOptions.Multiline), run.Output);
            Assert.Matches(new Regex(@"^quickstart-\d{14}-[\w-]+-\d{3}-\d{14}\s+InService\s+ml\.m5\.large\s+1 \d{4}-\d\d-\d\d \d\d:\d\d\s*$", RegexOptions.Multiline), run.Output);
            // The rows are hashtables listing their columns out of training order: each is sent, and shown, in it.
            // The generated data's signal: a new monthly customer with many support calls churns, a long two-year one does not.
            Assert.Matches(new Regex(@"^yes\s+[0-9.]+\s+2,95\.5,7,monthly\s*$", RegexOptions.Multiline), run.Output);
            Assert.Matches(new Regex(@"^no\s+[0-9.]+\s+60,25,0,two-year\s*$", RegexOptions.Multiline), run.Output);
            Assert.EndsWith("Done: the deployment is removed, the server is stopped and its folder deleted.", run.Output.TrimEnd());
            Assert.True(left.Length == 0, "The quick start left behind: " + string.Join(", ", left));
        }
    }
}
