using System;
using System.Collections.Generic;
using AutopilotTools.Bench.Benchmarks;

namespace AutopilotTools.Bench.ColdStartHost
{
    /// <summary>
    /// `dotnet ColdStartHost.dll cold-module manifest url job` or `dotnet ColdStartHost.dll cold-empty manifest`: one
    /// fresh process of the cold-start benchmark, which prints its figures (<see cref="ColdStartChild"/>) and exits.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args) => ChildDispatch.Run(args, new Dictionary<string, Action<string[]>>
        {
            [ColdStartChild.ModuleKind] = a => ColdStartChild.ImportAndCall(a[1], a[2], a[3]),
            [ColdStartChild.EmptyKind] = a => ColdStartChild.ImportEmptyAndCall(a[1]),
        });
    }
}
