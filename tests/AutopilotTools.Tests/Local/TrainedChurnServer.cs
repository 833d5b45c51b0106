using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// The local training tests share one collection: one server that trained one churn job (ENSEMBLING with
    /// lightgbm and linear-learner, three candidates with the ensemble) for the tests that read it, and training
    /// tests run one after another beside the rest of the suite.
    /// </summary>
    [CollectionDefinition(Name)]
    public sealed class LocalTrainingCollection : ICollectionFixture<TrainedChurnServer>
    {
        public const string Name = "LocalTraining";
    }

    /// <summary>A training server with the churn data uploaded and job <see cref="JobName"/> trained on it.</summary>
    public sealed class TrainedChurnServer : IAsyncLifetime
    {
        public const string JobName = "churn-local";
        public const string TrainingUri = "s3://data/churn/";

        public TestLocalServer Server { get; private set; } = null!;

        public List<string[]> TrainingRows { get; } = ChurnData.Rows(400, seed: 7);

        /// <summary>Rows the job never saw, to score predictions on.</summary>
        public List<string[]> HeldOutRows { get; } = ChurnData.Rows(200, seed: 8);

        public DescribeAutoMLJobV2Response Job { get; private set; } = null!;

        /// <summary>The secondary statuses seen while polling, in order.</summary>
        public List<string> Seen { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(Server, "data", "churn/train.csv", ChurnData.Csv(ChurnData.Header, TrainingRows));
            await Server.SageMaker().CreateAutoMLJobV2Async(Training.Tabular(
                JobName, TrainingUri, "churn", ProblemType.BinaryClassification, AutoMLMetricEnum.F1, 3, AutoMLAlgorithm.Lightgbm, AutoMLAlgorithm.LinearLearner));
            (Job, Seen) = await Training.WaitAsync(Server.SageMaker(), JobName);
        }

        public async Task DisposeAsync() => await Server.DisposeAsync();
    }
}
