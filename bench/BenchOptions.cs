using System.Globalization;

namespace AutopilotTools.Bench
{
    /// <summary>The command line: --quick for a short smoke run, --only N for one benchmark.</summary>
    internal sealed class BenchOptions
    {
        public const string Usage = "usage: dotnet run --project bench -c Release [-- [--quick] [--only <n>]]";

        public bool Quick { get; private set; }

        public int? Only { get; private set; }

        public static bool TryParse(string[] args, out BenchOptions options, out string? problem)
        {
            options = new BenchOptions();
            problem = null;
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--quick":
                        options.Quick = true;
                        break;
                    case "--only" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out int number):
                        options.Only = number;
                        i++;
                        break;
                    default:
                        problem = $"Unknown or incomplete argument '{args[i]}'.";
                        return false;
                }
            }

            return true;
        }
    }
}
