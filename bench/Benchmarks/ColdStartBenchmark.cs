using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Bench.Harness;
using AutopilotTools.Bench.Servers;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>
    /// 1. Module import and the first cmdlet call, cold: every sample is a fresh `dotnet ColdStartHost.dll` process (a
    /// program with PowerShell alone, so the module's dependencies load into its own load context, as in a user's pwsh)
    /// that hosts PowerShell, imports out/AutopilotTools/AutopilotTools.psd1 and calls Get-AutoMLJobV2 once against a
    /// loopback server in this (the parent) process. References, also fresh processes: importing an empty binary module
    /// and calling its trivial cmdlet, in the same host; one raw SigV4-signed HttpClient POST of the same request, in a
    /// `dotnet bench.dll --child` process.
    /// </summary>
    internal sealed class ColdStartBenchmark : IBenchmark
    {
        public int Number => 1;

        public string Title => "module import and first call, cold (a fresh process per sample)";

        public async Task<IReadOnlyList<ResultRow>> RunAsync(bool quick)
        {
            int samples = quick ? 3 : 20;
            await using CannedServer server = await CannedServer.StartAsync(new DescribeHandler().Handle);
            string[] host = { BenchPaths.ColdStartHost };
            var kinds = new[]
            {
                new ChildKind(ColdStartChild.ModuleKind, host, new[] { BenchPaths.ModuleManifest, server.Url, DescribeHandler.JobName }),
                new ChildKind(ColdStartChild.EmptyKind, host, new[] { BenchPaths.EmptyModuleManifest }),
                new ChildKind(ColdStartChild.RawKind, BenchPaths.BenchChild, new[] { server.Url, DescribeHandler.JobName }),
            };

            var results = ChildRounds.Run(kinds, samples, "cold start");

            server.RequireCount("DescribeAutoMLJobV2", (samples + 1) * 2);
            double Median(string kind, string figure) => results.Median(kind, figure);
            double Wall(string kind) => results.Wall(kind);
            string n = $"median of {samples}";
            return new[]
            {
                new ResultRow(1, $"Engine start: runspace open, before any import ({n})", Figure.Ms(Median(ColdStartChild.ModuleKind, "open_ms")),
                    "same, in the empty module's processes", Figure.Ms(Median(ColdStartChild.EmptyKind, "open_ms"))),
                new ResultRow(1, $"Import-Module AutopilotTools.psd1 ({n})", Figure.Ms(Median(ColdStartChild.ModuleKind, "import_ms")),
                    "Import-Module of an empty binary module (one trivial cmdlet)", Figure.Ms(Median(ColdStartChild.EmptyKind, "import_ms"))),
                new ResultRow(1, $"First Get-AutoMLJobV2 <name> after import ({n})", Figure.Ms(Median(ColdStartChild.ModuleKind, "first_call_ms")),
                    "first raw SigV4-signed HttpClient POST of the same request, fresh process", Figure.Ms(Median(ColdStartChild.RawKind, "first_call_ms"))),
                new ResultRow(1, $"Process wall time: start, engine, import, first call, exit ({n})", Figure.Ms(Wall(ColdStartChild.ModuleKind)),
                    "same with the empty module and its trivial cmdlet", Figure.Ms(Wall(ColdStartChild.EmptyKind))),
                new ResultRow(1, $"Process wall time, as above ({n})", Figure.Ms(Wall(ColdStartChild.ModuleKind)),
                    "process wall time of the raw signed POST (no PowerShell)", Figure.Ms(Wall(ColdStartChild.RawKind))),
            };
        }
    }
}
