using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client.Storage;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The header of training data in S3 (the local server's), read as Deploy-AutoMLCandidate reads it: prefix, manifest, gzip, long lines.</summary>
    public sealed class TrainingHeaderReaderTests
    {
        [Fact]
        public async Task TheFirstLineOfTheFirstObjectWithDataUnderAPrefix()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync("headers");
            await Put(s3, "train/", Encoding.UTF8.GetBytes(string.Empty));
            await Put(s3, "train/part-1.csv", Encoding.UTF8.GetBytes("age,plan,churn\r\n70,basic,yes\n"));
            await Put(s3, "train/part-2.csv", Encoding.UTF8.GetBytes("age,plan,churn\n20,pro,no\n"));

            var reader = new TrainingHeaderReader(s3);

            Assert.Equal("age,plan,churn", await reader.ReadAsync("s3://headers/train/", manifestFile: false, gzip: false, default));
            Assert.Null(await reader.ReadAsync("s3://headers/nothing-here/", manifestFile: false, gzip: false, default));
        }

        [Fact]
        public async Task AManifestsFirstFileGzippedWithAHeaderLongerThanOneRange()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync("headers");
            // 20,000 columns of random names: a header of well over 64 KB even compressed, so the reader must read on
            // past its first range.
            var random = new System.Random(12);
            string header = string.Join(",", Enumerable.Range(0, 20000).Select(i => "c" + random.NextInt64().ToString("x16"))) + ",target";
            byte[] data = Gzip(header + "\n" + string.Join(",", Enumerable.Range(0, 20001).Select(i => i % 7)) + "\n");
            Assert.True(data.Length > 2 * 64 * 1024, $"the compressed data is only {data.Length} bytes");
            await Put(s3, "data/a.csv.gz", data);
            await Put(s3, "manifest.json", Encoding.UTF8.GetBytes("[{\"prefix\": \"s3://headers/data/\"}, \"a.csv.gz\"]"));

            string? read = await new TrainingHeaderReader(s3).ReadAsync("s3://headers/manifest.json", manifestFile: true, gzip: true, default);

            Assert.Equal(header, read);
        }

        private static Task Put(AmazonS3Client s3, string key, byte[] body) =>
            s3.PutObjectAsync(new PutObjectRequest { BucketName = "headers", Key = key, InputStream = new MemoryStream(body) });

        private static byte[] Gzip(string text)
        {
            using var compressed = new MemoryStream();
            using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest))
            {
                byte[] bytes = Encoding.UTF8.GetBytes(text);
                gzip.Write(bytes, 0, bytes.Length);
            }

            return compressed.ToArray();
        }
    }
}
