using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Servers;
using AutopilotTools.Bench.Wire;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// 8. Cold start in real pwsh, the way a user or a scheduled script meets it: every sample is a fresh
    /// `pwsh -NoProfile -File pwsh-cold-start.ps1` process (the repository's pinned pwsh, run by `dotnet exec`) that
    /// imports out/AutopilotTools/AutopilotTools.psd1 and calls Get-AutoMLJobV2 once against a loopback server in this
    /// process. References, fresh processes too and taking turns with it: the same pwsh importing the empty module and
    /// calling its trivial cmdlet; one raw SigV4-signed HttpClient POST of the same request (`dotnet bench.dll --child`).
    /// </summary>
    internal sealed class PwshColdStartBenchmark : IBenchmark
    {
        private const string ModuleKind = "pwsh-module";
        private const string EmptyKind = "pwsh-empty";

        public int Number => 8;

        public string Title => "cold start in real pwsh (a fresh pwsh process per sample)";

        public async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
        {
            int samples = quick ? 3 : 20;
            await using CannedServer server = await CannedServer.StartAsync(new DescribeHandler().Handle);
            string[] pwsh = { "exec", BenchPaths.PwshAssembly(), "-NoProfile", "-NonInteractive", "-File", BenchPaths.PwshColdStartScript };
            string[] connection = { server.Url, DescribeHandler.JobName, BenchConnection.Region, BenchConnection.AccessKey, BenchConnection.SecretKey };
            var kinds = new[]
            {
                new ChildKind(ModuleKind, pwsh, new[] { BenchPaths.ModuleManifest }.Concat(connection).ToArray()),
                new ChildKind(EmptyKind, pwsh, new[] { BenchPaths.EmptyModuleManifest }),
                new ChildKind(ColdStartChild.RawKind, BenchPaths.BenchChild, new[] { server.Url, DescribeHandler.JobName }),
            };

            var results = ChildRounds.Run(kinds, samples, "pwsh cold start");

            server.RequireCount("DescribeAutoMLJobV2", (samples + 1) * 2);
            double Median(string kind, string figure) => results.Median(kind, figure);
            double Wall(string kind) => results.Wall(kind);
            string n = $"median of {samples}";
            return new[]
            {
                new ResultRow(8, $"pwsh process wall time: start, Import-Module, first Get-AutoMLJobV2, exit ({n}; goal ≤ 1.25×)", Figure.Ms(Wall(ModuleKind)),
                    "same pwsh with the empty module and its trivial cmdlet", Figure.Ms(Wall(EmptyKind))),
                new ResultRow(8, $"Import-Module AutopilotTools.psd1 in pwsh ({n})", Figure.Ms(Median(ModuleKind, "import_ms")),
                    "Import-Module of the empty module in pwsh", Figure.Ms(Median(EmptyKind, "import_ms"))),
                new ResultRow(8, $"First Get-AutoMLJobV2 <name> after import, in pwsh ({n}; goal ≤ 2×)", Figure.Ms(Median(ModuleKind, "first_call_ms")),
                    "first raw SigV4-signed HttpClient POST of the same request, fresh process", Figure.Ms(Median(ColdStartChild.RawKind, "first_call_ms"))),
            };
        }
    }
}
