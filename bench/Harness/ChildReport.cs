using System;
using System.Collections.Generic;
using System.Text.Json;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>The child's side: one line on stdout with its figures.</summary>
    internal static class ChildReport
    {
        public const string Prefix = "BENCH-RESULT ";

        public static void Emit(IReadOnlyDictionary<string, double> values) =>
            Console.Out.WriteLine(Prefix + JsonSerializer.Serialize(values));
    }
}
