using System;
using System.Collections.Generic;

namespace AutopilotTools.Bench
{
    /// <summary>
    /// The child side of the benchmarks' fresh processes (`dotnet bench.dll --child kind args...`, and
    /// `dotnet ColdStartHost.dll kind args...`): runs the kind named first with all the arguments. Each kind is its own
    /// method, so a child loads only what its kind needs (the raw-HTTP child never loads PowerShell).
    /// </summary>
    internal static class ChildDispatch
    {
        public static int Run(string[] args, IReadOnlyDictionary<string, Action<string[]>> kinds)
        {
            if (args.Length == 0 || !kinds.TryGetValue(args[0], out Action<string[]>? run))
            {
                Console.Error.WriteLine("unknown child kind: " + string.Join(" ", args));
                return 2;
            }

            try
            {
                run(args);
                return 0;
            }
            catch (Exception e)
            {
                Console.Error.WriteLine(e);
                return 1;
            }
        }
    }
}
