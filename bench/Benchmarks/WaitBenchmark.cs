using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Hosting;
using AutopilotTools.Bench.Servers;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// 4. Wait-AutoMLJob over 200 running jobs that finish over five poll cycles (40 a cycle): the API calls it makes
    /// per poll and in all until every job has finished, counted by the server, against the naive waiter that describes
    /// every unfinished job at every poll, computed from the same schedule. Time is counted in polls, so the counts do
    /// not depend on the machine.
    /// </summary>
    internal sealed class WaitBenchmark : IBenchmark
    {
        private const int Jobs = 200;
        private const int Cycles = 5;

        public int Number => 4;

        public string Title => "Wait-AutoMLJob over 200 jobs: API calls against one describe per job per poll";

        public async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
        {
            var fleet = new JobFleetHandler(Jobs, Cycles);
            await using CannedServer server = await CannedServer.StartAsync(fleet.Handle);
            using var session = new HostedSession(BenchPaths.ModuleManifest);
            using PowerShell wait = session.Command("Wait-AutoMLJob").AddParameter("AutoMLJobName", fleet.Names.ToArray())
                .AddParameter("PollInterval", 0.05).WithConnection(server.Url);
            var output = HostedSession.InvokeChecked(wait, "Wait-AutoMLJob");
            if (output.Count != Jobs || output.Any(o => (string?)o.Properties["AutoMLJobStatus"]?.Value != "Completed"))
            {
                throw new InvalidOperationException($"Wait-AutoMLJob wrote {output.Count} jobs, not {Jobs} completed ones.");
            }

            List<(int Poll, string Operation)> calls = fleet.Calls;
            int polls = calls.Max(c => c.Poll);
            var perPoll = Enumerable.Range(1, polls).Select(p => calls.Count(c => c.Poll == p)).ToList();
            var listingsPerPoll = Enumerable.Range(1, polls).Select(p => calls.Count(c => c.Poll == p && c.Operation == "ListAutoMLJobs")).ToList();
            (int naiveTotal, IReadOnlyList<int> naivePerPoll) = fleet.NaiveCalls();
            int initial = calls.Count(c => c.Poll == 0);
            Log.Info($"  wait: {initial} initial describes; per poll (listings+describes): " +
                string.Join(", ", perPoll.Select((n, i) => $"{listingsPerPoll[i]}+{n - listingsPerPoll[i]}")) + $"; naive per poll: {string.Join(", ", naivePerPoll)}");

            string ours = string.Join("/", perPoll);
            string naive = string.Join("/", naivePerPoll);
            return new[]
            {
                new ResultRow(4, $"Wait-AutoMLJob, {Jobs} jobs: API calls in all until every job finished", Figure.Count(calls.Count),
                    "naive: one describe per unfinished job per poll, same schedule", Figure.Count(naiveTotal)),
                new ResultRow(4, $"describes before the first poll", Figure.Count(initial), "naive", Figure.Count(Jobs)),
                new ResultRow(4, $"API calls per poll, mean of {polls} polls ({ours})", Figure.Count(perPoll.Average()),
                    $"naive, mean of {naivePerPoll.Count} polls ({naive})", Figure.Count(naivePerPoll.Average())),
                new ResultRow(4, $"API calls in the busiest poll ({listingsPerPoll.Min()}–{listingsPerPoll.Max()} listings, then a describe per job just finished)", Figure.Count(perPoll.Max()),
                    "naive, busiest poll", Figure.Count(naivePerPoll.Max())),
            };
        }
    }
}
