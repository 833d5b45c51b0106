using System;
using System.Collections.Generic;
using System.Linq;
using System.Diagnostics;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Hosting;
using AutopilotTools.Bench.Servers;
using AutopilotTools.Bench.Wire;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// 3. Listing every job with Get-AutoMLJobV2 (no name) from a loopback server that pages them 100 at a time, as
    /// ListAutoMLJobs does, into a sink that counts and keeps nothing. Per run: time to the first object, total time,
    /// pages fetched (counted by the server), each the median of a few runs alternating with the reference (the same
    /// pages fetched by raw signed POSTs, each parsed only for its NextToken); then, in a pass of its own, the live
    /// managed heap after a full GC at every page, whose peak shows whether memory grows with the number of jobs
    /// (1,000 against 10,000).
    /// </summary>
    internal sealed class ListingBenchmark : IBenchmark
    {
        public int Number => 3;

        public string Title => "listing jobs page by page: first object, total time, pages, memory";

        public async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
        {
            (int small, int large) = quick ? (500, 2000) : (1000, 10000);
            var jobs = new PagedJobsHandler();
            await using CannedServer server = await CannedServer.StartAsync(jobs.Handle);
            using var session = new HostedSession(BenchPaths.ModuleManifest, CountingSink.Entry);
            using var raw = new SignedSageMakerClient(server.Url);

            // Warm-up: jit the listing path and the raw reference on a few pages.
            jobs.JobCount = 300;
            Listing(session, server, new CountingSink(), 300);
            RawPages(raw, 300);

            int repetitions = quick ? 3 : 5;
            var runs = new Dictionary<int, ListingRun>();
            foreach (int count in new[] { small, large })
            {
                jobs.JobCount = count;
                var first = new List<double>();
                var total = new List<double>();
                var rawFirst = new List<double>();
                var rawTotal = new List<double>();
                int pages = 0;
                for (int i = 0; i < repetitions; i++)
                {
                    int pagesBefore = server.Count("ListAutoMLJobs");
                    var timed = new CountingSink();
                    Listing(session, server, timed, count);
                    pages = server.Count("ListAutoMLJobs") - pagesBefore;
                    first.Add(timed.FirstObjectAt!.Value.TotalMilliseconds);
                    total.Add(timed.Clock.Elapsed.TotalMilliseconds);

                    (double rawFirstMs, double rawTotalMs) = RawPages(raw, count);
                    rawFirst.Add(rawFirstMs);
                    rawTotal.Add(rawTotalMs);
                }

                runs[count] = new ListingRun(Stats.Median(first), Stats.Median(total), pages, 0, Stats.Median(rawFirst), Stats.Median(rawTotal));
            }

            // Memory in passes of their own (the full collections they force would distort the timings), the two sizes
            // taking turns: what buffer pools happen to hold at the baseline varies by a few hundred KB from pass to pass.
            var peaks = new Dictionary<int, List<double>> { [small] = new List<double>(), [large] = new List<double>() };
            var growth = new List<double>();
            for (int i = 0; i < 3; i++)
            {
                foreach (int count in new[] { small, large })
                {
                    jobs.JobCount = count;
                    var probed = new CountingSink(probeEvery: PagedJobsHandler.MaxPage);
                    Listing(session, server, probed, count);
                    peaks[count].Add(probed.PeakLiveBytesAboveBaseline / 1e6);
                    if (count == large)
                    {
                        // From the page where the small run ends to the last page: what the further jobs added.
                        IReadOnlyList<long> live = probed.LiveBytesAtProbes;
                        growth.Add((live[^1] - live[small / PagedJobsHandler.MaxPage - 1]) / 1e6);
                    }
                }
            }

            double collectedMB = CollectedListingMB(session, server, jobs, large);
            foreach (int count in new[] { small, large })
            {
                runs[count] = runs[count] with { PeakMB = Stats.Median(peaks[count]) };
                Log.Info($"  listing {count:N0}: {runs[count]}; peaks {string.Join(", ", peaks[count].Select(p => p.ToString("0.###")))} MB");
                if (count == large)
                {
                    Log.Info($"  growth from job {small:N0} to {large:N0}: {string.Join(", ", growth.Select(g => g.ToString("0.###")))} MB");
                }
            }

            Log.Info($"  the {large:N0} jobs collected instead: {collectedMB:0.0} MB");

            ListingRun l = runs[large], s = runs[small];
            string n = $"median of {repetitions}";
            return new[]
            {
                new ResultRow(3, $"{large:N0} jobs: time to the first object ({n})", Figure.Ms(l.FirstMs), "raw signed POST: first page received", Figure.Ms(l.RawFirstMs)),
                new ResultRow(3, $"{large:N0} jobs: total time, all objects through the pipeline ({n})", Figure.Ms(l.TotalMs),
                    "raw signed POSTs: every page, parsed for NextToken only", Figure.Ms(l.RawTotalMs)),
                new ResultRow(3, $"{large:N0} jobs: pages fetched", Figure.Count(l.Pages), "pages needed at 100 per page", Figure.Count(Math.Ceiling(large / 100.0))),
                new ResultRow(3, $"{small:N0} jobs: total time ({n})", Figure.Ms(s.TotalMs), "raw signed POSTs: every page", Figure.Ms(s.RawTotalMs)),
                new ResultRow(3, $"{large:N0} jobs: peak live managed heap above the baseline, full GC every page (median of 3 passes)", Figure.MB(l.PeakMB),
                    $"same, {small:N0} jobs", Figure.MB(s.PeakMB)),
                new ResultRow(3, $"{large:N0} jobs: live heap growth from job {small:N0} to job {large:N0} (median of 3 passes)", Figure.MB(Stats.Median(growth)),
                    $"what keeping those {large - small:N0} jobs would hold", Figure.MB(collectedMB * (large - small) / large)),
                new ResultRow(3, $"{large:N0} jobs streamed: peak live heap, as above", Figure.MB(l.PeakMB),
                    $"the same {large:N0} jobs collected into a variable instead", Figure.MB(collectedMB)),
            };
        }

        private static void Listing(HostedSession session, CannedServer server, CountingSink sink, int expected)
        {
            using PowerShell shell = session.Command("Get-AutoMLJobV2").WithConnection(server.Url)
                .AddCommand("Measure-BenchSink").AddParameter("Sink", sink);
            sink.Clock.Restart();
            HostedSession.InvokeChecked(shell, "Get-AutoMLJobV2 (list)");
            sink.Clock.Stop();
            if (sink.Count != expected)
            {
                throw new InvalidOperationException($"The listing wrote {sink.Count} jobs, not {expected}.");
            }
        }

        /// <summary>The live heap a listing holds when its output is kept, as `$jobs = Get-AutoMLJobV2` keeps it.</summary>
        private static double CollectedListingMB(HostedSession session, CannedServer server, PagedJobsHandler jobs, int count)
        {
            jobs.JobCount = count;
            long baseline = GC.GetTotalMemory(forceFullCollection: true);
            using PowerShell shell = session.Command("Get-AutoMLJobV2").WithConnection(server.Url);
            var output = HostedSession.InvokeChecked(shell, "Get-AutoMLJobV2 (list, collected)");
            double megabytes = (GC.GetTotalMemory(forceFullCollection: true) - baseline) / 1e6;
            if (output.Count != count)
            {
                throw new InvalidOperationException($"The listing wrote {output.Count} jobs, not {count}.");
            }

            GC.KeepAlive(output);
            return megabytes;
        }

        /// <summary>Pages through the listing with raw signed POSTs; the time to the first page and to the last.</summary>
        private static (double FirstMs, double TotalMs) RawPages(SignedSageMakerClient raw, int expected)
        {
            var clock = Stopwatch.StartNew();
            double firstMs = 0;
            int seen = 0;
            string? token = null;
            do
            {
                string request = token == null ? "{\"MaxResults\":100}" : $"{{\"MaxResults\":100,\"NextToken\":\"{token}\"}}";
                byte[] page = raw.PostAsync("ListAutoMLJobs", Encoding.UTF8.GetBytes(request)).GetAwaiter().GetResult();
                firstMs = firstMs == 0 ? clock.Elapsed.TotalMilliseconds : firstMs;
                using JsonDocument document = JsonDocument.Parse(page);
                seen += document.RootElement.GetProperty("AutoMLJobSummaries").GetArrayLength();
                token = document.RootElement.TryGetProperty("NextToken", out JsonElement next) ? next.GetString() : null;
            }
            while (token != null);

            if (seen != expected)
            {
                throw new InvalidOperationException($"The raw listing saw {seen} jobs, not {expected}.");
            }

            return (firstMs, clock.Elapsed.TotalMilliseconds);
        }

        private sealed record ListingRun(double FirstMs, double TotalMs, int Pages, double PeakMB, double RawFirstMs, double RawTotalMs);
    }
}
