using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Bench.Benchmarks;
using AutopilotTools.Bench.Harness;

namespace AutopilotTools.Bench
{
    /// <summary>
    /// dotnet run --project bench -c Release [-- --quick] [-- --only N]: runs the benchmarks and prints one Markdown
    /// table, each figure beside its reference. `--child kind ...` is a benchmark relaunching it as a fresh process.
    /// </summary>
    internal static class Program
    {
        /// <summary>The children that run as bench.dll; the cold-start PowerShell children run in bench/ColdStartHost.</summary>
        private static readonly IReadOnlyDictionary<string, Action<string[]>> ChildKinds = new Dictionary<string, Action<string[]>>
        {
            [ColdStartChild.RawKind] = a => ColdStartChild.RawSignedPost(a[1], a[2]),
            [Servers.ServerChild.PagesKind] = a => Servers.ServerChild.ServePagesAsync(int.Parse(a[1], CultureInfo.InvariantCulture), a[2]).GetAwaiter().GetResult(),
        };

        private static async Task<int> Main(string[] args)
        {
            if (args.Length > 0 && args[0] == "--child")
            {
                return ChildDispatch.Run(args.Skip(1).ToArray(), ChildKinds);
            }

            if (!BenchOptions.TryParse(args, out BenchOptions options, out string? problem))
            {
                Console.Error.WriteLine(problem);
                Console.Error.WriteLine(BenchOptions.Usage);
                return 2;
            }

            BenchPaths.RequireBuiltModule();
            Wire.SigV4Signer.SelfCheck();

            IReadOnlyList<IBenchmark> all = Catalogue();
            var selected = all.Where(b => options.Only == null || b.Number == options.Only).ToList();
            if (selected.Count == 0)
            {
                Console.Error.WriteLine($"No benchmark {options.Only}; they are numbered {all.Min(b => b.Number)} to {all.Max(b => b.Number)}.");
                return 2;
            }

            Log.Info($"machine: {MachineInfo.Describe()}");
            string loadBefore = MachineInfo.LoadAverage();
            var rows = new List<ResultRow>();
            var failures = new List<string>();
            var total = Stopwatch.StartNew();
            foreach (IBenchmark benchmark in selected)
            {
                Log.Info($"benchmark {benchmark.Number}: {benchmark.Title}{(options.Quick ? " (quick)" : string.Empty)}");
                var clock = Stopwatch.StartNew();
                try
                {
                    rows.AddRange(await benchmark.RunAsync(options.Quick));
                }
                catch (Exception e)
                {
                    // One broken benchmark must not hide the others' figures, nor pass unnoticed.
                    failures.Add($"benchmark {benchmark.Number} failed: {e}");
                    Log.Info(failures[^1]);
                }

                Log.Info($"benchmark {benchmark.Number} took {clock.Elapsed.TotalSeconds:0.0} s");
            }

            Console.WriteLine($"AutopilotTools benchmarks{(options.Quick ? " (--quick: smoke run, figures indicative only)" : string.Empty)}, " +
                $"{DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, {total.Elapsed.TotalMinutes:0.0} min");
            Console.WriteLine($"Machine: {MachineInfo.Describe()}");
            Console.WriteLine($"Load average (1/5/15 min) at the start: {loadBefore}; at the end: {MachineInfo.LoadAverage()}");
            Console.WriteLine();
            Console.Write(ResultTable.Render(rows));
            foreach (string failure in failures)
            {
                Console.WriteLine();
                Console.WriteLine("FAILED: " + failure.Split('\n')[0]);
            }

            return failures.Count == 0 ? 0 : 1;
        }

        private static IReadOnlyList<IBenchmark> Catalogue() => new IBenchmark[]
        {
            new ColdStartBenchmark(),
            new PerCallBenchmark(),
            new ListingBenchmark(),
            new WaitBenchmark(),
            new LocalServerBenchmark(),
            new AutoMLBenchmark(),
            new SignedRequestsBenchmark(),
            new PwshColdStartBenchmark(),
            new ForecastingBenchmark(),
            new PretrainedBenchmark(),
        };
    }
}
