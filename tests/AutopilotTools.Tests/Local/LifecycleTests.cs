using System;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Local;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Starting, failing to start, and many clients at once.</summary>
    public sealed class LifecycleTests
    {
        [Fact]
        public async Task APortInUseFailsTheStartAndReleasesTheDataDirectory()
        {
            using var taken = new TcpListener(System.Net.IPAddress.Loopback, 0);
            taken.Start();
            int port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;
            string dataDirectory = TempDirectories.Create();
            try
            {
                LocalServerOptions options = TestLocalServer.Options(dataDirectory, TimeProvider.System);
                options.Port = port;
                await using (var blocked = new LocalServer(options))
                {
                    await Assert.ThrowsAnyAsync<IOException>(() => blocked.StartAsync());
                }

                options.Port = 0;
                await using var next = new LocalServer(options);
                await next.StartAsync();
                Assert.NotEqual(port, next.Port);
                Assert.StartsWith("http://127.0.0.1:", next.Url);
            }
            finally
            {
                TempDirectories.Remove(dataDirectory);
            }
        }

        [Fact]
        public async Task ConcurrentWritersOfOneKeyLeaveOneWholeObject()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync(new PutBucketRequest { BucketName = "race" });
            string[] bodies = Enumerable.Range(0, 16).Select(i => new string((char)('a' + i), 64 * 1024)).ToArray();

            await Task.WhenAll(bodies.Select(body => s3.PutObjectAsync(new PutObjectRequest { BucketName = "race", Key = "same", ContentBody = body })));

            using GetObjectResponse got = await s3.GetObjectAsync("race", "same");
            string content = await new StreamReader(got.ResponseStream).ReadToEndAsync();
            Assert.Contains(content, bodies);
            int blobs = Directory.EnumerateFiles(Path.Combine(server.DataDirectory, "blobs"), "*", SearchOption.AllDirectories).Count();
            Assert.Equal(1, blobs);
        }
    }
}
