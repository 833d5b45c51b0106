using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local.Signing
{
    /// <summary>
    /// The built server program beyond loopback: without access keys it refuses to bind a non-loopback address and
    /// says why; with them (here from the environment) it binds, and the AWS CLI signing with the key works while the
    /// CLI with another secret, and an unsigned client, are refused. The secret appears in nothing the program prints.
    /// </summary>
    public sealed class SignedServerProcessTests
    {
        private const string Secret = "process/Secret+0123456789abcdef";
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

        [Fact]
        public async Task ANonLoopbackHostWithoutCredentialsDoesNotStart()
        {
            string data = TempDirectories.Create();
            try
            {
                ChildRun run = await ChildProgram.RunAsync(
                    ChildProgram.Built("LocalServerProgram"), new[] { "--host", "0.0.0.0", "--port", "0", "--data-dir", data }, Timeout,
                    new Dictionary<string, string> { ["AUTOPILOT_LOCAL_CREDENTIALS"] = string.Empty });

                Assert.NotEqual(0, run.ExitCode);
                Assert.DoesNotContain("Listening on", run.Output);
                Assert.Contains("--host 0.0.0.0 is not a loopback address, and the server has no credentials", run.Error);
                Assert.Contains("--access-key", run.Error);
            }
            finally
            {
                TempDirectories.Remove(data);
            }
        }

        [Fact]
        public async Task WithCredentialsItBindsEveryAddressAndTheCliSignsItsWay()
        {
            string data = TempDirectories.Create();
            string work = TempDirectories.Create();
            ProcessStartInfo start = ChildProgram.StartInfo(ChildProgram.Built("LocalServerProgram"), new[] { "--host", "0.0.0.0", "--port", "0", "--data-dir", data, "--region", "eu-north-1" });
            start.Environment["AUTOPILOT_LOCAL_CREDENTIALS"] = "AKIDPROCESS:" + Secret;
            using Process process = Process.Start(start)!;
            var errors = new System.Text.StringBuilder();
            process.ErrorDataReceived += (_, e) => { lock (errors) { errors.AppendLine(e.Data); } };
            process.BeginErrorReadLine();
            try
            {
                string line = (await process.StandardOutput.ReadLineAsync().WaitAsync(Timeout)) ?? string.Empty;
                Match listening = Regex.Match(line, @"^Listening on http://0\.0\.0\.0:(\d+)$");
                Assert.True(listening.Success, "first line: " + line + "\n" + errors);
                string url = "http://127.0.0.1:" + listening.Groups[1].Value;
                string file = Path.Combine(work, "rows.csv");
                await File.WriteAllTextAsync(file, "a,b\n1,2\n");

                AwsCli.Result made = await AwsCli.RunAsync(url, "AKIDPROCESS", Secret, "eu-north-1", work, "s3", "mb", "s3://shared");
                AwsCli.Result copied = await AwsCli.RunAsync(url, "AKIDPROCESS", Secret, "eu-north-1", work, "s3", "cp", file, "s3://shared/in/rows.csv");
                AwsCli.Result listed = await AwsCli.RunAsync(url, "AKIDPROCESS", Secret, "eu-north-1", work, "s3api", "list-objects-v2", "--bucket", "shared");
                AwsCli.Result jobs = await AwsCli.RunAsync(url, "AKIDPROCESS", Secret, "eu-north-1", work, "sagemaker", "list-auto-ml-jobs");
                AwsCli.Result presigned = await AwsCli.RunAsync(url, "AKIDPROCESS", Secret, "eu-north-1", work, "s3", "presign", "s3://shared/in/rows.csv", "--expires-in", "300");
                using var http = new HttpClient();
                using HttpResponseMessage download = await http.GetAsync(presigned.Output.Trim());
                AwsCli.Result wrongS3 = await AwsCli.RunAsync(url, "AKIDPROCESS", "another-secret", "eu-north-1", work, "s3", "ls", "s3://shared");
                AwsCli.Result wrongJson = await AwsCli.RunAsync(url, "AKIDPROCESS", "another-secret", "eu-north-1", work, "sagemaker", "list-auto-ml-jobs");
                AwsCli.Result unknown = await AwsCli.RunAsync(url, "AKIDSOMEONEELSE", Secret, "eu-north-1", work, "sagemaker", "list-auto-ml-jobs");
                using HttpResponseMessage unsigned = await http.GetAsync(url + "/shared/in/rows.csv");

                Assert.True(made.ExitCode == 0 && copied.ExitCode == 0 && listed.ExitCode == 0 && jobs.ExitCode == 0 && presigned.ExitCode == 0,
                    string.Join("\n", made, copied, listed, jobs, presigned));
                Assert.Contains("\"Key\": \"in/rows.csv\"", listed.Output);
                Assert.Contains("\"AutoMLJobSummaries\": []", jobs.Output);
                Assert.Equal("a,b\n1,2\n", await download.Content.ReadAsStringAsync());
                Assert.NotEqual(0, wrongS3.ExitCode);
                Assert.Contains("SignatureDoesNotMatch", wrongS3.Error);
                Assert.Contains("(InvalidSignatureException)", wrongJson.Error);
                Assert.Contains("(UnrecognizedClientException)", unknown.Error);
                Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
                Assert.Contains("<Code>AccessDenied</Code>", await unsigned.Content.ReadAsStringAsync());
                Assert.DoesNotContain(Secret, wrongS3.Error + wrongJson.Error + unknown.Error);
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                TempDirectories.Remove(data);
                TempDirectories.Remove(work);
            }

            string printed = errors.ToString();
            Assert.Contains("AKIDPROCESS", printed);
            Assert.DoesNotContain(Secret, printed);
        }
    }
}
