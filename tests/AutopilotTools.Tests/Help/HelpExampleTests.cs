using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.HelpGen.Docs;
using AutopilotTools.Tests.Hosting;
using Xunit;
using Xunit.Abstractions;

namespace AutopilotTools.Tests.Help
{
    /// <summary>
    /// Every example in the help runs, as written, in a session with a local server (Start-AutoMLLocalServer) and
    /// nothing else: no connection parameters, no prepared data. An example passes when it ends within its budget
    /// without an error. Examples that need what the local server cannot do yet are skipped, saying why.
    /// </summary>
    public sealed class HelpExampleTests : IClassFixture<ExampleSessions>
    {
        /// <summary>Examples run against the local server in a second or two; a hang fails fast.</summary>
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

        /// <summary>Examples that train (and deploy) get room for a small job.</summary>
        private static readonly TimeSpan TrainingBudget = TimeSpan.FromSeconds(120);

        private readonly ExampleSessions _sessions;
        private readonly ITestOutputHelper _output;

        public HelpExampleTests(ExampleSessions sessions, ITestOutputHelper output)
        {
            _sessions = sessions;
            _output = output;
        }

        public static IEnumerable<object[]> RunnableNow() =>
            HelpSources.Docs.SelectMany(d => d.Examples.Where(e => e.RunsAfter.Count == 0).Select(e => new object[] { d.Name, e.Number }));

        [Theory]
        [MemberData(nameof(RunnableNow))]
        public void TheExampleRunsAgainstTheLocalServer(string cmdlet, int example) => Run(cmdlet, example, Budget);

        /// <summary>
        /// Examples marked runs-after: skipped, each with the reason, while the local server cannot do what they
        /// need (<paramref name="needs"/> repeats the marker, so the skipped row says it at any verbosity).
        /// </summary>
        [Theory]
        [DeferredExampleData(LocalServerCapabilities.Training)]
        [DeferredExampleData(LocalServerCapabilities.Endpoints)]
        [DeferredExampleData(LocalServerCapabilities.Training, LocalServerCapabilities.Endpoints)]
        public void TheExampleRunsOnceTheLocalServerCan(string cmdlet, int example, string needs)
        {
            Assert.Equal(needs, string.Join(", ", HelpSources.Example(cmdlet, example).RunsAfter));
            Run(cmdlet, example, needs.Contains(LocalServerCapabilities.Training, StringComparison.Ordinal) ? TrainingBudget : Budget);
        }

        private void Run(string cmdlet, int example, TimeSpan budget)
        {
            ExampleDoc doc = HelpSources.Example(cmdlet, example);

            (RunResult result, bool timedOut) = _sessions.Session.Run(cmdlet, doc, budget);

            _output.WriteLine($"{cmdlet} example {example}: {doc.Title}\n{doc.Code}\n--- output ---\n{result.AllText}");
            Assert.False(timedOut, $"{cmdlet} example {example} ran longer than its {budget.TotalSeconds} s budget and was stopped.");
            Assert.True(result.FirstError == null, $"{cmdlet} example {example} ('{doc.Title}') failed: {result.FirstError}\n{result.FirstError?.ScriptStackTrace}\nlocal servers now: {(result.FirstError == null ? string.Empty : _sessions.Session.ServersState())}");
            AssertShownOutput(doc, result);
        }

        /// <summary>
        /// Output the help shows in a ```text block must be what the example writes: each shown line appears, in
        /// order, among the lines of its output objects and of what it wrote to the host (What if: lines, tables).
        /// </summary>
        private static void AssertShownOutput(ExampleDoc doc, RunResult result)
        {
            var written = result.Output.Select(o => o?.ToString() ?? string.Empty).Append(result.HostText)
                .SelectMany(text => text.Split('\n')).Select(line => line.Trim()).ToList();
            int at = 0;
            foreach (string shown in doc.ShownOutput.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0))
            {
                int found = written.IndexOf(shown, at);
                Assert.True(found >= 0, $"Example {doc.Number} shows '{shown}', which it does not write (in this order). It wrote:\n{string.Join("\n", written)}");
                at = found + 1;
            }
        }

        /// <summary>Deferred examples cannot run yet, but they can already be wrong: every example must parse.</summary>
        [Fact]
        public void EveryExampleParses()
        {
            Assert.All(HelpSources.Docs.SelectMany(d => d.Examples.Select(e => (d.Name, e))), pair =>
            {
                System.Management.Automation.Language.Parser.ParseInput(pair.e.Code, out _, out var errors);
                Assert.True(errors.Length == 0, $"{pair.Name} example {pair.e.Number}: {string.Join("; ", errors.Select(x => x.Message))}");
            });
        }

        /// <summary>A marker the runner does not know would leave its examples out of every theory above.</summary>
        [Fact]
        public void EveryRunsAfterMarkerNamesACapabilityTheRunnerChecks()
        {
            var needs = HelpSources.Docs.SelectMany(d => d.Examples).Select(e => e.RunsAfter.OrderBy(n => n, StringComparer.Ordinal).ToArray()).Where(n => n.Length > 0);
            var checkedSets = typeof(HelpExampleTests).GetMethod(nameof(TheExampleRunsOnceTheLocalServerCan))!
                .GetCustomAttributes(typeof(DeferredExampleDataAttribute), false).Cast<DeferredExampleDataAttribute>()
                .Select(a => a.Needs.OrderBy(n => n, StringComparer.Ordinal).ToArray())
                .ToList();

            Assert.All(needs, n => Assert.Contains(checkedSets, s => s.SequenceEqual(n)));
        }
    }
}
