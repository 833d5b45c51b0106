using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
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
    /// ListAutoMLJobs does, into a sink that counts and keeps nothing. Per size (1,000 and 10,000 jobs): time to the
    /// first object, total time and pages fetched (counted by the server), each the median of a few runs alternating
    /// with the reference, the same pages fetched by raw signed POSTs and parsed only for their NextToken. Then, in
    /// passes of their own, the live managed heap after a full GC at every page: its peak per size, its growth over the
    /// run, and what the same listing holds when its output is kept instead.
    /// </summary>
    internal sealed class ListingBenchmark : IBenchmark
    {
        private const int MemoryPasses = 5;

        public int Number => 3;

        public string Title => "listing jobs page by page: first object, total time, pages, memory";

        public async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
        {
            (int small, int large) = quick ? (500, 2000) : (1000, 10000);
            int repetitions = quick ? 3 : 11;
            using var session = new HostedSession(BenchPaths.ModuleManifest, CountingSink.Entry);
            IReadOnlyDictionary<int, Timing> timings = await TimeAsync(session, new[] { small, large }, repetitions);
            Memory memory = MeasureMemory(session, small, large);

            Timing l = timings[large], s = timings[small];
            string n = $"median of {repetitions}";
            string passes = $"{MemoryPasses} passes";
            return new[]
            {
                new ResultRow(3, $"{large:N0} jobs: time to the first object ({n})", Figure.Ms(l.FirstMs), "raw signed POST: first page received", Figure.Ms(l.RawFirstMs)),
                new ResultRow(3, $"{large:N0} jobs: total time, all objects through the pipeline ({n})", Figure.Ms(l.TotalMs),
                    "raw signed POSTs: every page, parsed for NextToken only", Figure.Ms(l.RawTotalMs)),
                new ResultRow(3, $"{large:N0} jobs: pages fetched", Figure.Count(l.Pages), "pages needed at 100 per page", Figure.Count(Math.Ceiling(large / 100.0))),
                new ResultRow(3, $"{small:N0} jobs: total time ({n})", Figure.Ms(s.TotalMs), "raw signed POSTs: every page", Figure.Ms(s.RawTotalMs)),
                new ResultRow(3, $"{large:N0} jobs: peak live managed heap above the baseline, full GC every page (highest of {passes})", Figure.MB(memory.PeakMB[large]),
                    $"same, {small:N0} jobs", Figure.MB(memory.PeakMB[small])),
                new ResultRow(3, $"{large:N0} jobs: live heap growth from job {small:N0} to job {large:N0} (median of {passes})", Figure.MB(memory.GrowthMB),
                    $"what keeping those {large - small:N0} jobs would hold", Figure.MB(memory.CollectedMB * (large - small) / large)),
                new ResultRow(3, $"{large:N0} jobs streamed: peak live heap, as above", Figure.MB(memory.PeakMB[large]),
                    $"the same {large:N0} jobs collected into a variable instead", Figure.MB(memory.CollectedMB)),
            };
        }

        private static async Task<IReadOnlyDictionary<int, Timing>> TimeAsync(HostedSession session, int[] sizes, int repetitions)
        {
            var jobs = new PagedJobsHandler();
            await using CannedServer server = await CannedServer.StartAsync(jobs.Handle);
            using var raw = new SignedSageMakerClient(server.Url);

            // Warm-up: jit the listing path and the raw reference on a few pages.
            jobs.JobCount = 300;
            Listing(session, server.Url, new CountingSink(), 300);
            RawPages(raw, 300);

            var timings = new Dictionary<int, Timing>();
            foreach (int count in sizes)
            {
                jobs.JobCount = count;
                var runs = new List<Timing>();
                for (int i = 0; i < repetitions; i++)
                {
                    int pagesBefore = server.Count("ListAutoMLJobs");
                    var sink = new CountingSink();
                    Listing(session, server.Url, sink, count);
                    int pages = server.Count("ListAutoMLJobs") - pagesBefore;
                    (double rawFirstMs, double rawTotalMs) = RawPages(raw, count);
                    runs.Add(new Timing(sink.FirstObjectAt!.Value.TotalMilliseconds, sink.Clock.Elapsed.TotalMilliseconds, pages, rawFirstMs, rawTotalMs));
                }

                timings[count] = new Timing(Stats.Median(runs.Select(r => r.FirstMs)), Stats.Median(runs.Select(r => r.TotalMs)), runs.Max(r => r.Pages),
                    Stats.Median(runs.Select(r => r.RawFirstMs)), Stats.Median(runs.Select(r => r.RawTotalMs)));
                Log.Info($"  listing {count:N0}: {timings[count]}");
            }

            return timings;
        }

        /// <summary>
        /// Memory in passes of their own, as the full collections they force would distort the timings; each against a
        /// server in a child process, so that this heap holds the client alone, and with job names no earlier listing
        /// used, so that anything kept per job would show as growth. The two sizes take turns. Even so, a step of about
        /// 0.13 MB comes and goes between pages in some passes of either size (the size of one pooled 128 KB buffer), so
        /// the peak of a size is the highest of its passes and the growth the median.
        /// </summary>
        private static Memory MeasureMemory(HostedSession session, int small, int large)
        {
            var peaks = new Dictionary<int, List<double>> { [small] = new List<double>(), [large] = new List<double>() };
            var growth = new List<double>();
            for (int i = 0; i < MemoryPasses; i++)
            {
                foreach (int count in new[] { small, large })
                {
                    using var server = new ChildServer(ServerChild.PagesKind, count.ToString(CultureInfo.InvariantCulture), $"pass{i}-{count}");
                    var probed = new CountingSink(probeEvery: PagedJobsHandler.MaxPage);
                    Listing(session, server.Url, probed, count);
                    peaks[count].Add(probed.PeakLiveBytesAboveBaseline / 1e6);
                    if (count == large)
                    {
                        // From the page where the small listing would have ended to the last page: what the further jobs added.
                        IReadOnlyList<long> live = probed.LiveBytesAtProbes;
                        growth.Add((live[^1] - live[small / PagedJobsHandler.MaxPage - 1]) / 1e6);
                    }
                }
            }

            double collected;
            using (var server = new ChildServer(ServerChild.PagesKind, large.ToString(CultureInfo.InvariantCulture), "collected"))
            {
                collected = CollectedListingMB(session, server.Url, large);
            }

            Log.Info($"  peaks {small:N0}: {string.Join(", ", peaks[small].Select(p => p.ToString("0.###", CultureInfo.InvariantCulture)))} MB; " +
                $"{large:N0}: {string.Join(", ", peaks[large].Select(p => p.ToString("0.###", CultureInfo.InvariantCulture)))} MB; " +
                $"growth {string.Join(", ", growth.Select(g => g.ToString("0.###", CultureInfo.InvariantCulture)))} MB; collected {collected:0.0} MB");
            return new Memory(peaks.ToDictionary(p => p.Key, p => p.Value.Max()), Stats.Median(growth), collected);
        }

        private static void Listing(HostedSession session, string endpointUrl, CountingSink sink, int expected)
        {
            using PowerShell shell = session.Command("Get-AutoMLJobV2").WithConnection(endpointUrl)
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
        private static double CollectedListingMB(HostedSession session, string endpointUrl, int count)
        {
            long baseline = GC.GetTotalMemory(forceFullCollection: true);
            using PowerShell shell = session.Command("Get-AutoMLJobV2").WithConnection(endpointUrl);
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

        private sealed record Timing(double FirstMs, double TotalMs, int Pages, double RawFirstMs, double RawTotalMs);

        private sealed record Memory(IReadOnlyDictionary<int, double> PeakMB, double GrowthMB, double CollectedMB);
    }
}
