using System;
using System.Globalization;
using System.IO;

namespace AutopilotTools.Local
{
    /// <summary>The program's options: --port, --data-dir, --host, --region, --max-concurrent-jobs, --auto-create-buckets, --fault-injection, --session-owned, --help.</summary>
    internal static class CommandLine
    {
        public const string Usage =
            "Usage: AutopilotTools.Local [--port <N>] [--data-dir <DIR>] [--host <IP>] [--region <REGION>] [--max-concurrent-jobs <N>] [--auto-create-buckets] [--fault-injection] [--session-owned]\n" +
            "  --port      port to listen on; 0 (the default) picks a free one\n" +
            "  --data-dir  where state is kept (default: " + "<local app data>/AutopilotTools/LocalServer)\n" +
            "  --host      address to bind (default 127.0.0.1; the server has no authentication)\n" +
            "  --region    region in ARNs and bucket locations (default us-east-1)\n" +
            "  --max-concurrent-jobs  AutoML jobs that train at once (default: one per core; 0 accepts jobs without training them)\n" +
            "  --auto-create-buckets  create a bucket on the first write to it, instead of NoSuchBucket\n" +
            "  --fault-injection      for tests: accept POST/GET/DELETE /_autopilot/faults, which sets faults for requests to get\n" +
            "  --session-owned        run for a shell session: ignore the terminal's Ctrl+C, stop when standard input closes";

        /// <summary>The options, or null when only help was asked for (written to <paramref name="output"/>).</summary>
        public static LocalServerOptions? Parse(string[] args, TextWriter output)
        {
            var options = new LocalServerOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                if (name is "--help" or "-h" or "-?")
                {
                    output.WriteLine(Usage);
                    return null;
                }

                if (name == "--auto-create-buckets")
                {
                    options.AutoCreateBuckets = true;
                    continue;
                }

                if (name == "--session-owned")
                {
                    options.SessionOwned = true;
                    continue;
                }

                if (name == "--fault-injection")
                {
                    options.FaultInjection = true;
                    continue;
                }

                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException($"{name} needs a value.");
                }

                string value = args[++i];
                switch (name)
                {
                    case "--port":
                        options.Port = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port <= 65535
                            ? port
                            : throw new ArgumentException($"--port must be a number from 0 to 65535, not '{value}'.");
                        break;
                    case "--data-dir":
                        options.DataDirectory = value;
                        break;
                    case "--host":
                        options.Host = value;
                        break;
                    case "--max-concurrent-jobs":
                        options.MaxConcurrentJobs = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int jobs) && jobs <= 64
                            ? jobs
                            : throw new ArgumentException($"--max-concurrent-jobs must be a number from 0 to 64, not '{value}'.");
                        break;
                    case "--region":
                        options.Region = value.Length > 0 ? value : throw new ArgumentException("--region needs a value.");
                        break;
                    default:
                        throw new ArgumentException($"Unknown option '{name}'.");
                }
            }

            return options;
        }
    }
}
