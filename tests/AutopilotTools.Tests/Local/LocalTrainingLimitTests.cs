using System;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Training under limits: the job runtime limit, the number of jobs that train at once, and a restart mid-training.</summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class LocalTrainingLimitTests
    {
        [Fact]
        public async Task TheJobRuntimeLimitEndsTheSearchAsMaxAutoMLJobRuntimeReached()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(server, "data", "churn/train.csv", ChurnData.Csv(ChurnData.Header, ChurnData.Rows(300, seed: 41)));
            CreateAutoMLJobV2Request request = Training.LongSearch("time-boxed");
            request.AutoMLProblemTypeConfig!.TabularJobConfig!.CompletionCriteria!.MaxAutoMLJobRuntimeInSeconds = 3;

            await server.SageMaker().CreateAutoMLJobV2Async(request);
            (DescribeAutoMLJobV2Response job, _) = await Training.WaitAsync(server.SageMaker(), "time-boxed", TimeSpan.FromMinutes(1));

            Assert.Equal(AutoMLJobSecondaryStatus.MaxAutoMLJobRuntimeReached, job.AutoMLJobSecondaryStatus);
            // With a candidate finished in time the job completes; without one it fails, and says so.
            Assert.Equal(job.BestCandidate != null ? AutoMLJobStatus.Completed : AutoMLJobStatus.Failed, job.AutoMLJobStatus);
            Assert.Equal(3, job.ResolvedAttributes?.CompletionCriteria?.MaxAutoMLJobRuntimeInSeconds ?? 3);
        }

        [Fact]
        public async Task JobsBeyondTheTrainingSlotsWaitInStartingUntilOneIsFree()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync(jobSlots: 1);
            await Training.UploadAsync(server, "data", "churn/train.csv", ChurnData.Csv(ChurnData.Header, ChurnData.Rows(300, seed: 42)));
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobV2Async(Training.LongSearch("first"));
            await sageMaker.CreateAutoMLJobV2Async(Training.Tabular("second", "s3://data/churn/", "churn", ProblemType.BinaryClassification, AutoMLMetricEnum.F1, 1, AutoMLAlgorithm.LinearLearner));
            await Training.UntilCandidatesAsync(sageMaker, "first", 1);

            DescribeAutoMLJobV2Response waiting = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "second" });
            await sageMaker.StopAutoMLJobAsync(new StopAutoMLJobRequest { AutoMLJobName = "first" });
            (DescribeAutoMLJobV2Response second, _) = await Training.WaitAsync(sageMaker, "second");

            Assert.Equal((AutoMLJobStatus.InProgress, AutoMLJobSecondaryStatus.Starting), (waiting.AutoMLJobStatus, waiting.AutoMLJobSecondaryStatus));
            Assert.Equal(AutoMLJobStatus.Completed, second.AutoMLJobStatus);
            Assert.Equal(AutoMLJobStatus.Stopped, (await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "first" })).AutoMLJobStatus);
        }

        [Fact]
        public async Task ARestartFailsATrainingJobAsInterruptedAndKeepsItsFinishedCandidates()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(server, "data", "churn/train.csv", ChurnData.Csv(ChurnData.Header, ChurnData.Rows(300, seed: 43)));
            await server.SageMaker().CreateAutoMLJobV2Async(Training.LongSearch("cut-short"));
            await Training.UntilCandidatesAsync(server.SageMaker(), "cut-short", 1);

            await server.RestartAsync();

            ISageMakerApi sageMaker = server.SageMaker();
            DescribeAutoMLJobV2Response job = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "cut-short" });
            Assert.Equal((AutoMLJobStatus.Failed, 1), (job.AutoMLJobStatus, server.Server.InterruptedJobs));
            Assert.Contains("interrupted", job.FailureReason);
            var kept = (await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = "cut-short" })).Candidates!;
            Assert.Contains(kept, c => c.CandidateStatus == CandidateStatus.Completed);
        }
    }
}
