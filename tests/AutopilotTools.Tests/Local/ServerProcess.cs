using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amazon.Runtime;
using Amazon.S3;
using AutopilotTools.Client;
using AutopilotTools.Client.Connection;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// The built local server program in a child process, started as a user starts it (<c>dotnet exec
    /// AutopilotTools.Local.dll --port 0 --data-dir …</c>), with the clients a user would point at it. <see cref="KillAsync"/>
    /// is kill -9: SIGKILL on Unix, TerminateProcess on Windows, so no shutdown code runs.
    /// </summary>
    internal sealed class ServerProcess : IDisposable
    {
        private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

        private readonly Process _process;

        private ServerProcess(Process process, string url)
        {
            _process = process;
            Url = url;
        }

        public string Url { get; }

        /// <summary>Starts the program on <paramref name="dataDirectory"/> and reads its first line, which must name a real port.</summary>
        public static async Task<ServerProcess> StartAsync(string dataDirectory, params string[] options)
        {
            ProcessStartInfo start = Hosting.ChildProgram.StartInfo(
                Hosting.ChildProgram.Built("LocalServerProgram"), new[] { "--port", "0", "--data-dir", dataDirectory }.Concat(options));
            Process process = Process.Start(start)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            try
            {
                string? line = await process.StandardOutput.ReadLineAsync().WaitAsync(StartTimeout);
                Match match = Regex.Match(line ?? string.Empty, @"^Listening on (http://127\.0\.0\.1:(\d+))$");
                Assert.True(match.Success, "first line: " + line);
                Assert.NotEqual("0", match.Groups[2].Value);
                return new ServerProcess(process, match.Groups[1].Value);
            }
            catch
            {
                process.Kill(entireProcessTree: true);
                process.Dispose();
                throw;
            }
        }

        /// <summary>kill -9, and wait until the process is gone.</summary>
        public async Task KillAsync()
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        public ISageMakerApi SageMaker() => ClientCache.SageMaker(new ResolvedConnection(
            FakeSageMaker.Region, new BasicAWSCredentials(FakeSageMaker.AccessKey, FakeSageMaker.SecretKey), Url, "test", "test", "test"));

        public AmazonS3Client S3() => new AmazonS3Client(
            new BasicAWSCredentials(FakeSageMaker.AccessKey, FakeSageMaker.SecretKey),
            new AmazonS3Config { ServiceURL = Url, ForcePathStyle = true, AuthenticationRegion = FakeSageMaker.Region });

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }
    }
}
