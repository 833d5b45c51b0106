using System;
using System.Collections.Generic;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.AutoML.Tabular;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.SageMaker;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Local.Training;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>How a job request of either API becomes the engine's spec.</summary>
    public sealed class JobSpecTests
    {
        private static readonly string[] TrainingFiles = { "0000.csv", "0001.csv" };
        private static readonly string[] ValidationFiles = { "v.csv" };

        [Fact]
        public void AV2RequestMapsEveryTabularSetting()
        {
            CreateAutoMLJobV2Request request = Jobs.V2("spec-v2");
            TabularJobConfig tabular = request.AutoMLProblemTypeConfig!.TabularJobConfig!;
            tabular.SampleWeightAttributeName = "weight";
            tabular.Mode = AutoMLMode.HYPERPARAMETERTUNING;
            tabular.CompletionCriteria = new AutoMLJobCompletionCriteria { MaxCandidates = 7, MaxRuntimePerTrainingJobInSeconds = 60, MaxAutoMLJobRuntimeInSeconds = 600 };
            tabular.CandidateGenerationConfig = new CandidateGenerationConfig { AlgorithmsConfig = new List<AutoMLAlgorithmConfig> { new AutoMLAlgorithmConfig { AutoMLAlgorithms = new List<string> { AutoMLAlgorithm.Xgboost } } } };
            request.DataSplitConfig = new AutoMLDataSplitConfig { ValidationFraction = 0.3 };

            TabularJobSpec spec = From(JobDocuments.FromCreate(request, "arn", DateTime.UtcNow), TrainingFiles, ValidationFiles, "out");

            Assert.Equal(("churn", "weight", ProblemType.BinaryClassification, "F1", AutoMLMode.HYPERPARAMETERTUNING), (spec.TargetAttributeName, spec.SampleWeightAttributeName, spec.ProblemType, spec.ObjectiveMetric, spec.Mode));
            Assert.Equal(new[] { AutoMLAlgorithm.Xgboost }, spec.Algorithms);
            Assert.Equal((7, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(600), 0.3), (spec.MaxCandidates, spec.MaxRuntimePerTrainingJob, spec.MaxJobRuntime, spec.ValidationFraction));
            Assert.Equal((TrainingFiles, ValidationFiles, "spec-v2", "out"), (spec.TrainingPaths, spec.ValidationPaths, spec.CandidateNamePrefix, spec.OutputDirectory));
        }

        [Fact]
        public void AV1RequestIsReadThroughItsV2FormWithTheChannelsTargetAndWeights()
        {
            CreateAutoMLJobRequest request = Jobs.V1("spec-v1");
            request.AutoMLJobConfig!.DataSplitConfig = new AutoMLDataSplitConfig { ValidationFraction = 0.25 };
            var job = new JobRecord("spec-v1", "arn", 1, AutoMLJobStatus.InProgress, AutoMLJobSecondaryStatus.Starting, DateTime.UtcNow, DateTime.UtcNow, null,
                Documents.Serialize(JobDocuments.FromCreate(request, "arn", DateTime.UtcNow)));

            TabularJobSpec spec = From(TrainingRequests.Read(job), TrainingFiles, Array.Empty<string>(), "out");

            Assert.Equal(("churn", "weight", ProblemType.BinaryClassification, AutoMLMode.ENSEMBLING, 5, 0.25), (spec.TargetAttributeName, spec.SampleWeightAttributeName, spec.ProblemType, spec.Mode, spec.MaxCandidates, spec.ValidationFraction));
            Assert.Empty(spec.Algorithms);
            Assert.Null(spec.MaxJobRuntime);
        }

        [Fact]
        public void DefaultsAreTheServicesAutoModeAndAFifthForValidation()
        {
            CreateAutoMLJobV2Request request = Jobs.V2("spec-defaults");
            request.AutoMLJobObjective = null;
            request.AutoMLProblemTypeConfig!.TabularJobConfig!.ProblemType = null;

            TabularJobSpec spec = From(JobDocuments.FromCreate(request, "arn", DateTime.UtcNow), TrainingFiles, Array.Empty<string>(), "out");

            Assert.Equal((AutoMLMode.AUTO, 0.2, (string?)null, (string?)null, (int?)null), (spec.Mode, spec.ValidationFraction, spec.ProblemType, spec.ObjectiveMetric, spec.MaxCandidates));
        }

        private static TabularJobSpec From(DescribeAutoMLJobV2Response request, IReadOnlyList<string> training, IReadOnlyList<string> validation, string output) =>
            TabularJobSpecs.From(new JobInput { Request = request, TrainingPaths = training, ValidationPaths = validation, OutputDirectory = output });
    }
}
