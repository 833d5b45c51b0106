using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// Issue 12, item 11: the README's `dotnet run` server, with exactly the README's options, takes the README's
    /// first job (local data uploaded below -OutputPath s3://my-bucket/autopilot) without NoSuchBucket.
    /// </summary>
    public sealed class ReadmeServerExampleTests
    {
        [Fact]
        public async Task TheReadmesServerTakesAnUploadToABucketNobodyCreated()
        {
            string[] options = ReadmeServerOptions();
            string dataDirectory = TempDirectories.Create();
            string csv = Path.Combine(dataDirectory, "train.csv");
            File.WriteAllText(csv, "age,plan,churn\n" + string.Concat(Enumerable.Range(0, 50).Select(i => $"{20 + i},{(i % 2 == 0 ? "basic" : "pro")},{(i % 3 == 0 ? "yes" : "no")}\n")));
            try
            {
                using ServerProcess server = await ServerProcess.StartAsync(Path.Combine(dataDirectory, "server"), options);
                using PowerShellSession session = new PowerShellSession().Set("conn", new Hashtable
                {
                    ["Region"] = FakeSageMaker.Region,
                    ["EndpointUrl"] = server.Url,
                    ["Credential"] = new Hashtable { ["AccessKey"] = FakeSageMaker.AccessKey, ["SecretKey"] = FakeSageMaker.SecretKey },
                });

                session.RunScript(@"New-AutoMLJobV2 churn-1 -TrainingData $args[0] -TargetAttributeName churn -OutputPath s3://my-bucket/autopilot `
                    -ProblemType BinaryClassification -ObjectiveMetric F1 -MaxCandidates 1 -RoleArn arn:aws:iam::123456789012:role/autopilot @conn", csv).ThrowIfErrors();

                using AmazonS3Client s3 = server.S3();
                ListObjectsV2Response listed = await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "my-bucket", Prefix = "autopilot/churn-1/input/training/" });
                Assert.Equal(new[] { "autopilot/churn-1/input/training/train.csv" }, listed.S3Objects.Select(o => o.Key));
            }
            finally
            {
                TempDirectories.Remove(dataDirectory);
            }
        }

        [Fact]
        public async Task NoAutoCreateBucketsKeepsS3sNoSuchBucket()
        {
            string dataDirectory = TempDirectories.Create();
            try
            {
                using ServerProcess server = await ServerProcess.StartAsync(dataDirectory, "--no-auto-create-buckets", "--max-concurrent-jobs", "0");
                using AmazonS3Client s3 = server.S3();

                var missing = await Assert.ThrowsAsync<AmazonS3Exception>(() => s3.PutObjectAsync(new PutObjectRequest { BucketName = "never-made", Key = "k", ContentBody = "x" }));

                Assert.Equal("NoSuchBucket", missing.ErrorCode);
            }
            finally
            {
                TempDirectories.Remove(dataDirectory);
            }
        }

        /// <summary>The options of the README's `dotnet run` line for the server, less the port and data directory the test chooses.</summary>
        private static string[] ReadmeServerOptions()
        {
            string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
            Match line = Regex.Match(readme, @"^dotnet run --project src/AutopilotTools\.Local -c Release -- (?<args>.+)$", RegexOptions.Multiline);
            Assert.True(line.Success, "the README shows how to run the server with dotnet run");
            var options = new List<string>();
            string[] args = line.Groups["args"].Value.Trim().Split(' ');
            for (int i = 0; i < args.Length; i++)
            {
                if (args[i] is "--port" or "--data-dir")
                {
                    i++;
                    continue;
                }

                options.Add(args[i]);
            }

            return options.ToArray();
        }
    }
}
