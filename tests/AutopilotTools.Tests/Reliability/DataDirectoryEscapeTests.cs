using System;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// Nothing a client sends reaches a file outside the data directory: keys are never paths (what S3WireTests
    /// shows for ../ and %2F, here for encoded dots, backslashes and drive letters), bucket names that could be
    /// paths are refused, and a model archive whose entries climb out of their folder is refused when loaded.
    /// </summary>
    public sealed class DataDirectoryEscapeTests
    {
        [Theory]
        [InlineData("%2e%2e/%2e%2e/{0}", "../../{0}")]
        [InlineData("%2E%2E%2F%2E%2E%2F{0}", "../../{0}")]
        [InlineData("..%5C..%5C{0}", "..\\..\\{0}")]
        [InlineData("C:%5C{0}", "C:\\{0}")]
        [InlineData("/tmp/{0}", "/tmp/{0}")]
        public async Task KeysThatSpellAPathOutsideAreStoredAsKeysAndNoSuchFileIsWritten(string rawKey, string key)
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            string name = "outside-" + Guid.NewGuid().ToString("N") + ".txt";
            Assert.Equal(200, (await RawHttp.SendAsync(server.Url, "PUT", "/docs")).Status);

            Assert.Equal(200, (await RawHttp.SendAsync(server.Url, "PUT", "/docs/" + string.Format(rawKey, name), "escaped?")).Status);

            Assert.Equal((200, "escaped?"), await RawHttp.SendAsync(server.Url, "GET", "/docs/" + string.Format(rawKey, name)));
            (_, string listing) = await RawHttp.SendAsync(server.Url, "GET", "/docs?list-type=2");
            Assert.Equal(string.Format(key, name), XElement.Parse(listing).Descendants().Single(e => e.Name.LocalName == "Key").Value);
            AssertNoFileNamed(server.DataDirectory, name);
        }

        [Theory]
        [InlineData("/%2e%2e/key")]
        [InlineData("/%2E%2E")]
        [InlineData("/a%5Cb/key")]
        [InlineData("/..%5C..%5Cetc/key")]
        [InlineData("/C:%5Cdata/key")]
        [InlineData("/%2Ftmp/key")]
        public async Task BucketNamesThatCouldBePathsAreRefused(string target)
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();

            (int status, string body) = await RawHttp.SendAsync(server.Url, "PUT", target, "x");

            Assert.Equal(400, status);
            Assert.Equal("InvalidBucketName", XElement.Parse(body).Element("Code")!.Value);
        }

        [Fact]
        public async Task AModelArchiveWhoseEntriesClimbOutIsRefusedAndWritesNothingOutside()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            string name = "climbed-" + Guid.NewGuid().ToString("N") + ".txt";
            using (AmazonS3Client s3 = server.S3())
            {
                await s3.PutBucketAsync("models");
                await s3.PutObjectAsync(new PutObjectRequest { BucketName = "models", Key = "climber/model.tar.gz", InputStream = new MemoryStream(Archive("../../../" + name, "../../" + name)) });
            }

            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "climber", "autopilot-local/lightgbm");
            DescribeEndpointOutput endpoint = await Deployments.WaitAsync(sageMaker, "climber");

            Assert.Equal(EndpointStatus.Failed, endpoint.EndpointStatus);
            Assert.Contains("outside", endpoint.FailureReason);
            AssertNoFileNamed(server.DataDirectory, name);
        }

        /// <summary>No file of the name in the data directory, beside it, or at the root of the file system.</summary>
        private static void AssertNoFileNamed(string dataDirectory, string name)
        {
            Assert.Empty(Directory.EnumerateFiles(dataDirectory, "*" + name + "*", SearchOption.AllDirectories));
            Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(dataDirectory)!, "*" + name + "*"));
            Assert.False(File.Exists(Path.Combine(Path.GetPathRoot(dataDirectory)!, name)));
            Assert.False(File.Exists(Path.Combine(Path.GetPathRoot(dataDirectory)!, "tmp", name)));
        }

        /// <summary>A model.tar.gz whose entries have the given names.</summary>
        private static byte[] Archive(params string[] entries)
        {
            using var buffer = new MemoryStream();
            using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
            using (var tar = new TarWriter(gzip))
            {
                foreach (string entry in entries)
                {
                    tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, entry) { DataStream = new MemoryStream(new byte[] { 1, 2, 3 }) });
                }
            }

            return buffer.ToArray();
        }
    }
}
