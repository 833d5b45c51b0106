using System;
using System.Globalization;
using System.IO;
using AutopilotTools.Local.Hosting.Authentication;

namespace AutopilotTools.Local
{
    /// <summary>
    /// The program's options: --port, --data-dir, --host, --region, --max-concurrent-jobs,
    /// --engines, --[no-]auto-create-buckets, --fault-injection, --access-key, --credentials-file, --session-owned, --help; and access keys from
    /// AUTOPILOT_LOCAL_CREDENTIALS. The program creates buckets on first write unless told not to: someone who starts
    /// it by hand and uploads to s3://any-name/ (as the README shows, or with the AWS CLI) has no step that would create
    /// the bucket, and the module's own Start-AutoMLLocalServer has always asked for it.
    /// </summary>
    internal static class CommandLine
    {
        public const string Usage =
            "Usage: AutopilotTools.Local [--port <N>] [--data-dir <DIR>] [--host <IP>] [--region <REGION>] [--max-concurrent-jobs <N>] [--no-auto-create-buckets] [--fault-injection] [--session-owned]\n" +
            "                            [--access-key <ID>:<SECRET>]... [--credentials-file <FILE>] [--engines <DIR>]\n" +
            "  --port      port to listen on; 0 (the default) picks a free one\n" +
            "  --data-dir  where state is kept (default: " + "<local app data>/AutopilotTools/LocalServer)\n" +
            "  --host      address to bind (default 127.0.0.1); any other than loopback needs access keys\n" +
            "  --access-key        an access key id and its secret, ID:SECRET (repeatable); with any access key, every request\n" +
            "                      must carry a valid AWS Signature Version 4 of one of them for --region\n" +
            "  --credentials-file  a file of access keys, one ID:SECRET a line (# starts a comment)\n" +
            "  " + CredentialSources.EnvironmentVariable + " (environment) access keys too, ID:SECRET pairs separated by commas or spaces;\n" +
            "                      the file and the environment keep secrets out of the process list\n" +
            "  --region    region in ARNs and bucket locations (default us-east-1)\n" +
            "  --max-concurrent-jobs  AutoML jobs that train at once (default: one per core; 0 accepts jobs without training them)\n" +
            "  --no-auto-create-buckets  answer NoSuchBucket to a write to a missing bucket, as S3 does (by default the\n" +
            "                            bucket is created on the first write to it; --auto-create-buckets says so explicitly)\n" +
            "  --engines   a folder of optional engines (one folder per engine assembly) that add problem types\n" +
            "              (default: the engines folder beside the server)\n" +
            "  --fault-injection      for tests: accept POST/GET/DELETE /_autopilot/faults, which sets faults for requests to get\n" +
            "  --session-owned        run for a shell session: ignore the terminal's Ctrl+C, stop when standard input closes";

        /// <summary>The options, or null when only help was asked for (written to <paramref name="output"/>).</summary>
        /// <param name="environment">Reads an environment variable (the process's when null).</param>
        public static LocalServerOptions? Parse(string[] args, TextWriter output, Func<string, string?>? environment = null)
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
                    case "--engines":
                        options.EnginesDirectory = value;
                        break;
                    case "--max-concurrent-jobs":
                        options.MaxConcurrentJobs = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int jobs) && jobs <= 64
                            ? jobs
                            : throw new ArgumentException($"--max-concurrent-jobs must be a number from 0 to 64, not '{value}'.");
                        break;
                    case "--access-key":
                        options.Credentials.Add(CredentialSources.ParsePair(value, "--access-key"));
                        break;
                    case "--credentials-file":
                        foreach (LocalServerCredential credential in CredentialSources.ReadFile(value))
                        {
                            options.Credentials.Add(credential);
                        }

                        break;
                    case "--region":
                        options.Region = value.Length > 0 ? value : throw new ArgumentException("--region needs a value.");
                        break;
                    default:
                        throw new ArgumentException($"Unknown option '{name}'.");
                }
            }

            string? fromEnvironment = (environment ?? Environment.GetEnvironmentVariable)(CredentialSources.EnvironmentVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                foreach (LocalServerCredential credential in CredentialSources.ParseList(fromEnvironment, CredentialSources.EnvironmentVariable))
                {
                    options.Credentials.Add(credential);
                }
            }

            return options;
        }
    }
}
