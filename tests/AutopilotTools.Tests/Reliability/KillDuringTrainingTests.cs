using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Tests.Local;
using Xunit;
using Candidate = AutopilotTools.Model.AutoMLCandidate;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// kill -9 of the server program while a job trains: after a restart on the same data directory the training
    /// job and the one queued behind it are Failed as interrupted, every candidate that had finished is still listed
    /// with its model, and every acknowledged object is there. It trains, so it runs in the training collection.
    /// </summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class KillDuringTrainingTests
    {
        [Fact]
        public async Task AfterARestartTheJobsAreFailedAsInterruptedAndFinishedCandidatesAndAcknowledgedObjectsRemain()
        {
            string dataDirectory = TempDirectories.Create();
            try
            {
                List<Candidate> finished;
                using (ServerProcess first = await ServerProcess.StartAsync(dataDirectory, "--max-concurrent-jobs", "1"))
                {
                    using (AmazonS3Client s3 = first.S3())
                    {
                        await s3.PutBucketAsync("data");
                        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "data", Key = "churn/train.csv", ContentBody = ChurnData.Csv(ChurnData.Header, ChurnData.Rows(300, seed: 71)) });
                        await s3.PutObjectAsync(new PutObjectRequest { BucketName = "data", Key = "notes/acknowledged.txt", ContentBody = "kept" });
                    }

                    ISageMakerApi sageMaker = first.SageMaker();
                    await sageMaker.CreateAutoMLJobV2Async(Training.LongSearch("cut-short"));
                    await sageMaker.CreateAutoMLJobV2Async(Training.LongSearch("queued"));
                    await Training.UntilCandidatesAsync(sageMaker, "cut-short", 1);
                    finished = await CompletedCandidatesAsync(sageMaker, "cut-short");
                    await first.KillAsync();
                }

                using ServerProcess second = await ServerProcess.StartAsync(dataDirectory, "--max-concurrent-jobs", "1");
                ISageMakerApi restarted = second.SageMaker();
                foreach (string name in new[] { "cut-short", "queued" })
                {
                    DescribeAutoMLJobV2Response job = await restarted.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = name });
                    Assert.Equal((AutoMLJobStatus.Failed, AutoMLJobSecondaryStatus.Failed), (job.AutoMLJobStatus, job.AutoMLJobSecondaryStatus));
                    Assert.Contains("interrupted", job.FailureReason);
                }

                List<Candidate> kept = await CompletedCandidatesAsync(restarted, "cut-short");
                Assert.NotEmpty(finished);
                Assert.Subset(kept.Select(c => c.CandidateName).ToHashSet(), finished.Select(c => c.CandidateName).ToHashSet());
                using AmazonS3Client after = second.S3();
                foreach (Candidate candidate in finished)
                {
                    string model = candidate.InferenceContainers!.Last().ModelDataUrl!;
                    string key = model.Substring("s3://data/".Length);
                    Assert.True((await after.GetObjectMetadataAsync("data", key)).ContentLength > 0, model);
                }

                using GetObjectResponse acknowledged = await after.GetObjectAsync("data", "notes/acknowledged.txt");
                Assert.Equal("kept", await new System.IO.StreamReader(acknowledged.ResponseStream).ReadToEndAsync());
            }
            finally
            {
                TempDirectories.Remove(dataDirectory);
            }
        }

        private static async Task<List<Candidate>> CompletedCandidatesAsync(ISageMakerApi sageMaker, string job) =>
            (await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = job, StatusEquals = CandidateStatus.Completed, MaxResults = 100 })).Candidates!;
    }
}
