using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace AutopilotTools.Tests.Local.Signing
{
    /// <summary>
    /// The AWS CLI (`aws` on PATH) run as users run it against an endpoint, with the credentials and region in its
    /// environment and nothing of this machine's AWS configuration: a config file of its own (S3 presigning with
    /// Signature Version 4, which CLI v1 does not use by default) and no shared credentials or profile.
    /// </summary>
    internal static class AwsCli
    {
        public static async Task<Result> RunAsync(string endpointUrl, string accessKey, string secretKey, string region, string workDirectory, params string[] arguments)
        {
            string config = Path.Combine(workDirectory, "aws-config");
            if (!File.Exists(config))
            {
                await File.WriteAllTextAsync(config, "[default]\ns3 =\n    signature_version = s3v4\n    addressing_style = path\n");
            }

            var start = new ProcessStartInfo("aws")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = workDirectory,
            };
            start.ArgumentList.Add("--endpoint-url");
            start.ArgumentList.Add(endpointUrl);
            start.ArgumentList.Add("--output");
            start.ArgumentList.Add("json");
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            foreach (string name in new[] { "AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_SAGEMAKER", "AWS_CA_BUNDLE" })
            {
                start.Environment.Remove(name);
            }

            start.Environment["AWS_ACCESS_KEY_ID"] = accessKey;
            start.Environment["AWS_SECRET_ACCESS_KEY"] = secretKey;
            start.Environment["AWS_DEFAULT_REGION"] = region;
            start.Environment["AWS_CONFIG_FILE"] = config;
            start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(workDirectory, "no-credentials-file");
            start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
            start.Environment["AWS_MAX_ATTEMPTS"] = "1";
            start.Environment["AWS_PAGER"] = string.Empty;

            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            return new Result(process.ExitCode, await output, await error);
        }

        public sealed record Result(int ExitCode, string Output, string Error)
        {
            public override string ToString() => $"aws exited {ExitCode}\n{Output}\n{Error}";
        }
    }
}
