using System;
using System.Globalization;
using System.IO;

namespace AutopilotTools.Local
{
    /// <summary>
    /// The program's options: --port, --data-dir, --host, --region, --max-concurrent-jobs,
    /// --[no-]auto-create-buckets, --fault-injection, --help. The program creates buckets on first write unless told
    /// not to: someone who starts it by hand and uploads to s3://any-name/ (as the README shows, or with the AWS CLI)
    /// has no step that would create the bucket, and the module's own Start-AutoMLLocalServer has always asked for it.
    /// </summary>
    internal static class CommandLine
    {
        public const string Usage =
            "Usage: AutopilotTools.Local [--port <N>] [--data-dir <DIR>] [--host <IP>] [--region <REGION>] [--max-concurrent-jobs <N>] [--no-auto-create-buckets] [--fault-injection]\n" +
            "  --port      port to listen on; 0 (the default) picks a free one\n" +
            "  --data-dir  where state is kept (default: " + "<local app data>/AutopilotTools/LocalServer)\n" +
            "  --host      address to bind (default 127.0.0.1; the server has no authentication)\n" +
            "  --region    region in ARNs and bucket locations (default us-east-1)\n" +
            "  --max-concurrent-jobs  AutoML jobs that train at once (default: one per core; 0 accepts jobs without training them)\n" +
            "  --no-auto-create-buckets  answer NoSuchBucket to a write to a missing bucket, as S3 does (by default the\n" +
            "                            bucket is created on the first write to it; --auto-create-buckets says so explicitly)\n" +
            "  --fault-injection      for tests: accept POST/GET/DELETE /_autopilot/faults, which sets faults for requests to get";

        /// <summary>The options, or null when only help was asked for (written to <paramref name="output"/>).</summary>
        public static LocalServerOptions? Parse(string[] args, TextWriter output)
        {
            var options = new LocalServerOptions { AutoCreateBuckets = true };
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                if (name is "--help" or "-h" or "-?")
                {
                    output.WriteLine(Usage);
                    return null;
                }

                if (name is "--auto-create-buckets" or "--no-auto-create-buckets")
                {
                    options.AutoCreateBuckets = name == "--auto-create-buckets";
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
