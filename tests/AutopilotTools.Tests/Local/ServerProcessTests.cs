using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client;
using AutopilotTools.Client.Connection;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The built program as a user starts it: the first line names the port; kill -9 loses nothing committed.</summary>
    public sealed class ServerProcessTests
    {
        private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

        [Fact]
        public async Task TheProgramPrintsItsUrlServesAndComesBackAfterKillMinusNine()
        {
            string dataDirectory = TempDirectories.Create();
            try
            {
                string url;
                using (Process first = Start(dataDirectory))
                {
                    try
                    {
                        url = await ReadUrlAsync(first);
                        using var http = new HttpClient();
                        using JsonDocument health = JsonDocument.Parse(await http.GetStringAsync(url + "/"));
                        Assert.Equal("us-east-1", health.RootElement.GetProperty("region").GetString());

                        await SageMaker(url).CreateAutoMLJobV2Async(Jobs.V2("survivor"));
                        using AmazonS3Client s3 = S3(url);
                        await s3.PutBucketAsync(new PutBucketRequest { BucketName = "kept" });
                        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "kept", Key = "k", ContentBody = "durable" });
                    }
                    finally
                    {
                        // SIGKILL on Unix, TerminateProcess on Windows: no shutdown code runs.
                        first.Kill(entireProcessTree: true);
                        await first.WaitForExitAsync();
                    }
                }

                using Process second = Start(dataDirectory);
                try
                {
                    url = await ReadUrlAsync(second);
                    DescribeAutoMLJobV2Response job = await SageMaker(url).DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "survivor" });
                    Assert.Equal(AutoMLJobStatus.Failed, job.AutoMLJobStatus);
                    Assert.Contains("interrupted", job.FailureReason);
                    using AmazonS3Client s3 = S3(url);
                    using GetObjectResponse kept = await s3.GetObjectAsync("kept", "k");
                    Assert.Equal("durable", await new StreamReader(kept.ResponseStream).ReadToEndAsync());
                }
                finally
                {
                    second.Kill(entireProcessTree: true);
                    await second.WaitForExitAsync();
                }
            }
            finally
            {
                TempDirectories.Remove(dataDirectory);
            }
        }

        private static Process Start(string dataDirectory)
        {
            string program = ChildProgram.Built("LocalServerProgram");
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            // No training slots: the job stays queued, InProgress, until the kill interrupts it.
            foreach (string argument in new[] { program, "--port", "0", "--data-dir", dataDirectory, "--max-concurrent-jobs", "0" })
            {
                start.ArgumentList.Add(argument);
            }

            Process process = Process.Start(start)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            return process;
        }

        private static async Task<string> ReadUrlAsync(Process process)
        {
            string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(StartTimeout);
            Match match = Regex.Match(line ?? string.Empty, @"^Listening on (http://127\.0\.0\.1:(\d+))$");
            Assert.True(match.Success, "first line: " + line);
            Assert.NotEqual("0", match.Groups[2].Value);
            return match.Groups[1].Value;
        }

        private static ISageMakerApi SageMaker(string url) => ClientCache.SageMaker(new ResolvedConnection(
            "us-east-1", new BasicAWSCredentials(FakeSageMaker.AccessKey, FakeSageMaker.SecretKey), url, "test", "test", "test"));

        private static AmazonS3Client S3(string url) => new AmazonS3Client(
            new BasicAWSCredentials(FakeSageMaker.AccessKey, FakeSageMaker.SecretKey),
            new AmazonS3Config { ServiceURL = url, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
    }
}
