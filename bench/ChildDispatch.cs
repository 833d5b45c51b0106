using System;
using AutopilotTools.Bench.Benchmarks;

namespace AutopilotTools.Bench
{
    /// <summary>
    /// The child side of `dotnet bench.dll --child kind args...`. Each kind lives in its own method so that a child
    /// loads only what its kind needs (the raw-HTTP child never loads PowerShell).
    /// </summary>
    internal static class ChildDispatch
    {
        public static int Run(string[] args)
        {
            try
            {
                switch (args.Length > 0 ? args[0] : string.Empty)
                {
                    case ColdStartChild.ModuleKind:
                        ColdStartChild.ImportAndCall(args[1], args[2], args[3]);
                        return 0;
                    case ColdStartChild.EmptyKind:
                        ColdStartChild.ImportEmptyAndCall(args[1]);
                        return 0;
                    case ColdStartChild.RawKind:
                        ColdStartChild.RawSignedPost(args[1], args[2]);
                        return 0;
                    case Servers.ServerChild.PagesKind:
                        Servers.ServerChild.ServePagesAsync(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture), args[2]).GetAwaiter().GetResult();
                        return 0;
                    default:
                        Console.Error.WriteLine("unknown child kind: " + string.Join(" ", args));
                        return 2;
                }
            }
            catch (Exception e)
            {
                Console.Error.WriteLine(e);
                return 1;
            }
        }
    }
}
