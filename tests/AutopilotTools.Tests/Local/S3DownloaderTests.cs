using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Artifacts;
using AutopilotTools.Client.Storage;
using S3Location = AutopilotTools.Client.Storage.S3Location;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// The lister and downloader behind Save-AutoMLJobArtifact, against the local server's S3: what a location holds
    /// (one object, or a folder of them), and downloads checked against the ETag's MD5 and the x-amz-checksum-* value.
    /// </summary>
    public sealed class S3DownloaderTests : IDisposable
    {
        private readonly string _folder = TempDirectories.Create();

        public void Dispose() => TempDirectories.Remove(_folder);

        [Fact]
        public async Task ALocationIsTheObjectOfThatKeyElseTheFolderBelowItButNeverASiblingSharingItsName()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync("artifacts");
            foreach (string key in new[] { "job/notebook.ipynb", "job/notebook.ipynb.bak", "job/reports/", "job/reports/a.json", "job/reports/deep/b.html", "job/reports-old/c.json" })
            {
                await s3.PutObjectAsync(new PutObjectRequest { BucketName = "artifacts", Key = key, ContentBody = key });
            }

            var downloader = new S3Downloader(s3);

            S3ObjectEntry notebook = Assert.Single(await downloader.ListAsync(Location("s3://artifacts/job/notebook.ipynb"), default));
            Assert.Equal(("notebook.ipynb", "s3://artifacts/job/notebook.ipynb"), (notebook.RelativeKey, notebook.Location.ToString()));
            Assert.Equal(
                new[] { "a.json", "deep/b.html" },
                (await downloader.ListAsync(Location("s3://artifacts/job/reports"), default)).Select(e => e.RelativeKey));
            Assert.Equal(
                new[] { "a.json", "deep/b.html" },
                (await downloader.ListAsync(Location("s3://artifacts/job/reports/"), default)).Select(e => e.RelativeKey));
            Assert.Empty(await downloader.ListAsync(Location("s3://artifacts/job/nothing"), default));
        }

        [Fact]
        public async Task AnObjectWithAnAdditionalChecksumIsCheckedAgainstItAndItsMd5AndCorruptionLeavesNoFile()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync("artifacts");
            byte[] body = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("the explainability report of a candidate\n", 500)));
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "artifacts", Key = "job/report.json", InputStream = new MemoryStream(body), ChecksumAlgorithm = ChecksumAlgorithm.SHA256 });
            var downloader = new S3Downloader(s3);
            S3ObjectEntry entry = Assert.Single(await downloader.ListAsync(Location("s3://artifacts/job/report.json"), default));
            string path = Path.Combine(_folder, "sub", "report.json");
            long heard = 0;

            DownloadedObject downloaded = await downloader.DownloadAsync(entry, path, read => heard += read, default);

            Assert.Equal(body, await File.ReadAllBytesAsync(path));
            Assert.Equal((body.LongLength, body.LongLength), (downloaded.Size, heard));
            Assert.Equal(new[] { "MD5", "SHA256" }, downloaded.Checksums);

            string blob = Directory.EnumerateFiles(Path.Combine(server.DataDirectory, "blobs"), "*", SearchOption.AllDirectories)
                .Single(f => File.ReadAllBytes(f).AsSpan().SequenceEqual(body));
            byte[] corrupted = (byte[])body.Clone();
            corrupted[100] ^= 1;
            await File.WriteAllBytesAsync(blob, corrupted);
            string again = Path.Combine(_folder, "again", "report.json");

            var refused = await Assert.ThrowsAsync<InvalidDataException>(() => downloader.DownloadAsync(entry, again, null, default));

            Assert.Contains("s3://artifacts/job/report.json", refused.Message);
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder, "again")));
        }

        [Fact]
        public async Task AnAdditionalChecksumThatDisagreesWithTheBytesIsCaughtWhereTheEtagAgrees()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync("artifacts");
            byte[] body = Encoding.UTF8.GetBytes("model insights\n");
            await s3.PutObjectAsync(new PutObjectRequest { BucketName = "artifacts", Key = "job/insights.json", InputStream = new MemoryStream(body), ChecksumAlgorithm = ChecksumAlgorithm.SHA256 });
            // The store's record of the SHA-256 now describes other bytes; the ETag still matches them.
            string otherSha256 = Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes("other bytes")));
            await using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(server.DataDirectory, "autopilot.db")};Pooling=False"))
            {
                await db.OpenAsync();
                using var update = db.CreateCommand();
                update.CommandText = "UPDATE s3_objects SET checksum_value = $value WHERE bucket = 'artifacts' AND key = 'job/insights.json'";
                update.Parameters.AddWithValue("$value", otherSha256);
                Assert.Equal(1, await update.ExecuteNonQueryAsync());
            }

            var downloader = new S3Downloader(s3);
            S3ObjectEntry entry = Assert.Single(await downloader.ListAsync(Location("s3://artifacts/job/insights.json"), default));

            var refused = await Assert.ThrowsAsync<InvalidDataException>(() => downloader.DownloadAsync(entry, Path.Combine(_folder, "insights.json"), null, default));

            Assert.Contains("SHA256", refused.Message);
            Assert.Empty(Directory.EnumerateFiles(_folder));
        }

        [Fact]
        public async Task AMultipartUploadsEtagIsNoMd5SoOnlyItsLengthIsChecked()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using AmazonS3Client s3 = server.S3();
            await s3.PutBucketAsync("artifacts");
            InitiateMultipartUploadResponse upload = await s3.InitiateMultipartUploadAsync("artifacts", "job/model.tar.gz");
            byte[] part = new byte[5 * 1024 * 1024];
            new Random(3).NextBytes(part);
            UploadPartResponse one = await s3.UploadPartAsync(new UploadPartRequest { BucketName = "artifacts", Key = "job/model.tar.gz", UploadId = upload.UploadId, PartNumber = 1, InputStream = new MemoryStream(part) });
            UploadPartResponse two = await s3.UploadPartAsync(new UploadPartRequest { BucketName = "artifacts", Key = "job/model.tar.gz", UploadId = upload.UploadId, PartNumber = 2, InputStream = new MemoryStream(part, 0, 10) });
            await s3.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = "artifacts", Key = "job/model.tar.gz", UploadId = upload.UploadId,
                PartETags = new() { new PartETag(1, one.ETag), new PartETag(2, two.ETag) },
            });
            var downloader = new S3Downloader(s3);
            S3ObjectEntry entry = Assert.Single(await downloader.ListAsync(Location("s3://artifacts/job/model.tar.gz"), default));
            Assert.EndsWith("-2\"", entry.ETag);

            DownloadedObject downloaded = await downloader.DownloadAsync(entry, Path.Combine(_folder, "model.tar.gz"), null, default);

            Assert.Equal(part.Length + 10, downloaded.Size);
            Assert.DoesNotContain("MD5", downloaded.Checksums);
        }

        [Theory]
        [InlineData("reports", "a.json", "reports/a.json")]
        [InlineData("cand/Model/container-2", "model.tar.gz", "cand/Model/container-2/model.tar.gz")]
        [InlineData("reports", "deep//b.html", "reports/deep/b.html")]
        [InlineData("reports", "../../etc/passwd", null)]
        [InlineData("reports", "a/../../b", null)]
        [InlineData("reports", "./a", null)]
        [InlineData("reports", "dir/", null)]
        [InlineData("reports", "", null)]
        public void AKeyGetsAPathInsideTheFolderOrNone(string folder, string key, string? expected)
        {
            string? path = ArtifactPaths.LocalPath(_folder, folder, key);
            Assert.Equal(expected == null ? null : Path.Combine(new[] { _folder }.Concat(expected.Split('/')).ToArray()), path);
        }

        private static S3Location Location(string uri)
        {
            Assert.True(S3Location.TryParse(uri, out S3Location location));
            return location;
        }
    }
}
