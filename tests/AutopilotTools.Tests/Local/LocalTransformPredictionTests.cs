using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Inference;
using AutopilotTools.Model;
using AutopilotTools.Requests;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The trained job's best candidate scoring held-out rows by batch transform, with the model the module makes of it.</summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class LocalTransformPredictionTests
    {
        private readonly TrainedChurnServer _trained;

        public LocalTransformPredictionTests(TrainedChurnServer trained) => _trained = trained;

        [Fact]
        public async Task TheBestCandidateScoresAFileLineByLineAsItsEndpointWould()
        {
            ISageMakerApi sageMaker = _trained.Server.SageMaker();
            string[] keys = { "predicted_label", "probability" };
            await CreateModelAsync(sageMaker, "transform-best", keys);
            await Training.UploadAsync(_trained.Server, "data", "score/held-out.csv", ChurnData.Features(_trained.HeldOutRows));
            CreateTransformJobRequest request = TransformJobs.Request("score-held-out", "transform-best", "s3://data/score/", "s3://data/scored/");
            request.MaxPayloadInMB = 1;
            request.MaxConcurrentTransforms = 2;

            await sageMaker.CreateTransformJobAsync(request);
            DescribeTransformJobResponse job = await TransformJobs.WaitAsync(sageMaker, "score-held-out");

            Assert.True(job.TransformJobStatus == TransformJobStatus.Completed, job.FailureReason);
            (string body, string contentType) = await TransformJobs.ReadAsync(_trained.Server, "data", "scored/held-out.csv.out");
            List<Prediction> predictions = PredictionReader.Read(body, contentType, keys);
            Assert.Equal(_trained.HeldOutRows.Count, predictions.Count);
            double accuracy = predictions.Zip(_trained.HeldOutRows, (p, row) => p.PredictedLabel == row[^1] ? 1.0 : 0.0).Average();
            Assert.True(accuracy >= ChurnData.MajorityRate(_trained.HeldOutRows) + 0.1, $"accuracy {accuracy:0.###}");
        }

        [Fact]
        public async Task ARowTheModelCannotReadFailsTheJobNamingTheObjectAndLine()
        {
            ISageMakerApi sageMaker = _trained.Server.SageMaker();
            await CreateModelAsync(sageMaker, "transform-strict");
            await Training.UploadAsync(_trained.Server, "data", "broken/rows.csv", "70,basic,80,7\n42,plus\n");
            CreateTransformJobRequest request = TransformJobs.Request("score-broken", "transform-strict", "s3://data/broken/rows.csv", "s3://data/broken-out/");
            request.BatchStrategy = BatchStrategy.SingleRecord;

            await sageMaker.CreateTransformJobAsync(request);
            DescribeTransformJobResponse job = await TransformJobs.WaitAsync(sageMaker, "score-broken");

            Assert.Equal(TransformJobStatus.Failed, job.TransformJobStatus);
            Assert.StartsWith("The model answered 400 for line 2 of s3://data/broken/rows.csv: ", job.FailureReason);
            Assert.Contains("has 2 values; the model takes 4", job.FailureReason);
        }

        private async Task CreateModelAsync(ISageMakerApi sageMaker, string name, params string[] keys)
        {
            DeploymentPlan plan = DeploymentPlan.For(_trained.Job.BestCandidate!, new DeploymentOptions
            {
                ModelName = name,
                EndpointName = name,
                ExecutionRoleArn = Jobs.Role,
                InferenceResponseKeys = keys.Length == 0 ? null : keys,
            }, DateTime.UtcNow);
            await sageMaker.CreateModelAsync(plan.Model);
        }
    }
}
