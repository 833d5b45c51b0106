using System;
using System.Collections.Generic;

namespace AutopilotTools.RunTests
{
    /// <summary>What to run: both suites by default; a developer's loop may narrow either.</summary>
    internal sealed class RunOptions
    {
        public const string Usage = @"usage: dotnet run --project tests/RunTests -c Release [-- options]
  --configuration <Debug|Release>  the build the suites test (default Release)
  --xunit-only | --pester-only     run one suite
  --filter <expression>            passed to dotnet test (xunit)
  --pester-path <file or folder>   Pester test files to run (default tests/Pester)";

        public string Configuration { get; private set; } = "Release";

        public bool RunXunit { get; private set; } = true;

        public bool RunPester { get; private set; } = true;

        public string? XunitFilter { get; private set; }

        public string? PesterPath { get; private set; }

        public bool ShowUsage { get; private set; }

        public static RunOptions Parse(IReadOnlyList<string> args)
        {
            var options = new RunOptions();
            for (int i = 0; i < args.Count; i++)
            {
                switch (args[i])
                {
                    case "--configuration":
                    case "-c":
                        options.Configuration = Value(args, ++i);
                        break;
                    case "--xunit-only":
                        options.RunPester = false;
                        break;
                    case "--pester-only":
                        options.RunXunit = false;
                        break;
                    case "--filter":
                        options.XunitFilter = Value(args, ++i);
                        break;
                    case "--pester-path":
                        options.PesterPath = Value(args, ++i);
                        break;
                    case "--help":
                    case "-h":
                        options.ShowUsage = true;
                        break;
                    default:
                        throw new ArgumentException($"Unknown option '{args[i]}'.");
                }
            }

            return options.RunXunit || options.RunPester ? options : throw new ArgumentException("--xunit-only and --pester-only together run nothing.");
        }

        private static string Value(IReadOnlyList<string> args, int at) =>
            at < args.Count ? args[at] : throw new ArgumentException($"{args[at - 1]} needs a value.");
    }
}
