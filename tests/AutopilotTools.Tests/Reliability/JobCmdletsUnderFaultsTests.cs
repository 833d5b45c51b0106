using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;
using Xunit;
using Xunit.Abstractions;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// The job cmdlets in the hosted module, through the SDK's own retries, while 30% of requests get a fault of every
    /// kind in turn (seeded, at most 2 per call): each succeeds, and each result is written once, whole.
    /// </summary>
    public sealed class JobCmdletsUnderFaultsTests
    {
        /// <summary>Three pages of ListAutoMLJobs (100 a page).</summary>
        private const int ListedJobs = 250;

        private readonly ITestOutputHelper _output;

        public JobCmdletsUnderFaultsTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task CreatingWithAnUploadDescribingListingAndStoppingSucceedAndWriteEachResultOnce()
        {
            await using TestLocalServer server = await TestLocalServer.StartWithFaultsAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            using (AmazonS3Client s3 = server.S3())
            {
                await s3.PutBucketAsync("data");
            }

            string[] names = Enumerable.Range(0, ListedJobs).Select(i => $"listed-{i:000}").ToArray();
            foreach (string name in names)
            {
                await sageMaker.CreateAutoMLJobV2Async(Jobs.V2(name));
            }

            string folder = TempDirectories.Create();
            string data = Path.Combine(folder, "train.csv");
            await File.WriteAllTextAsync(data, ChurnData.Csv(ChurnData.Header, ChurnData.Rows(300, seed: 51)));
            using PowerShellSession session = new PowerShellSession().Set("conn", server.Connection());
            await server.Faults.StartAsync(FaultAdmin.ThirtyPercent(seed: 11));

            RunResult made = session.RunScript(
                "New-AutoMLJobV2 uploaded -TrainingData $args[0] -TargetAttributeName churn -OutputPath s3://data/output -ProblemType BinaryClassification -ObjectiveMetric F1 -RoleArn $args[1] @conn",
                data, Jobs.Role).ThrowIfErrors();
            RunResult described = session.RunScript("Get-AutoMLJobV2 uploaded @conn").ThrowIfErrors();
            RunResult listed = session.RunScript("Get-AutoMLJobV2 -NameContains listed- @conn").ThrowIfErrors();
            RunResult describedEach = session.RunScript("Get-AutoMLJobV2 -NameContains listed-00 @conn | Get-AutoMLJobV2 @conn").ThrowIfErrors();
            RunResult stopped = session.RunScript("Get-AutoMLJobV2 -NameContains listed-01 @conn | Stop-AutoMLJob -Confirm:$false -PassThru @conn").ThrowIfErrors();
            FaultStatistics faults = await server.Faults.StopAsync();
            _output.WriteLine(faults.Describe());

            Assert.Equal("uploaded", made.Single<AutoMLJob>().AutoMLJobName);
            Assert.Equal("uploaded", described.Single<AutoMLJob>().AutoMLJobName);
            Assert.Equal(names, NamesOf(listed));
            Assert.Equal(names.Where(n => n.StartsWith("listed-00")), NamesOf(describedEach));
            Assert.Equal(names.Where(n => n.StartsWith("listed-01")), NamesOf(stopped));
            Assert.All(stopped.Output, o => Assert.Contains(((AutoMLJob)o.BaseObject).AutoMLJobStatus, new[] { AutoMLJobStatus.Stopping, AutoMLJobStatus.Stopped }));

            // On the server: one job of the name, and the upload once and whole.
            Assert.Single((await sageMaker.ListAutoMLJobsAsync(new ListAutoMLJobsRequest { NameContains = "uploaded" })).AutoMLJobSummaries!);
            using (AmazonS3Client s3 = server.S3())
            {
                S3Object uploaded = Assert.Single((await s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = "data", Prefix = "output/" })).S3Objects);
                Assert.Equal("output/uploaded/input/training/train.csv", uploaded.Key);
                using GetObjectResponse body = await s3.GetObjectAsync("data", uploaded.Key);
                Assert.Equal(await File.ReadAllTextAsync(data), await new StreamReader(body.ResponseStream).ReadToEndAsync());
            }

            Assert.All(FaultAdmin.AllKinds, kind => Assert.True(faults.Faults[kind] > 0, faults.Describe()));
            TempDirectories.Remove(folder);
        }

        /// <summary>The names of the jobs written, sorted: equal to a list of distinct names only when each was written once.</summary>
        private static string[] NamesOf(RunResult result) =>
            result.Output.Select(o => o.BaseObject is AutoMLJob job ? job.AutoMLJobName! : ((AutoMLJobSummary)o.BaseObject).AutoMLJobName!).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
    }
}
