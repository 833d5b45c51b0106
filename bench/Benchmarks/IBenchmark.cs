using System.Collections.Generic;
using System.Threading.Tasks;
using AutopilotTools.Bench.Harness;

namespace AutopilotTools.Bench.Benchmarks
{
    /// <summary>One numbered benchmark: its rows of the table, each figure beside its reference.</summary>
    internal interface IBenchmark
    {
        int Number { get; }

        string Title { get; }

        /// <param name="quick">A short smoke run: fewer repetitions and smaller sizes, figures only indicative.</param>
        Task<IReadOnlyList<ResultRow>> RunAsync(bool quick);
    }
}
