using System.Collections;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Catalog;
using AutopilotTools.Inference;
using AutopilotTools.Model;
using AutopilotTools.Requests;
using AutopilotTools.Validation;
using Xunit;

namespace AutopilotTools.Tests.Core
{
    /// <summary>The core's facts behind issue 12's items 2, 3, 6 and 11: feature order, response keys, default objectives, bucket names.</summary>
    public sealed class FeatureOrderTests
    {
        [Fact]
        public void TheFeaturesAreTheTrainingHeaderLessTheTargetAndTheSampleWeight()
        {
            Assert.Equal(new[] { "age", "plan, tier", "calls" }, FeatureColumns.FromHeader("\uFEFFage,churn,\"plan, tier\",weight,calls\r\n", "churn", "weight"));
            Assert.Equal(new[] { "a", "b" }, FeatureColumns.FromHeader("a,b,y", "y", null));
        }

        [Fact]
        public void OnlyCsvTrainingDataOfATabularJobHasAHeaderToRead()
        {
            DescribeAutoMLJobV2Response Job(string? contentType, string dataType = AutoMLS3DataType.S3Prefix) => new DescribeAutoMLJobV2Response
            {
                AutoMLJobInputDataConfig = new List<AutoMLJobChannel>
                {
                    new AutoMLJobChannel { ChannelType = "validation", DataSource = Source("s3://bucket/valid/", dataType) },
                    new AutoMLJobChannel { ChannelType = "training", ContentType = contentType, CompressionType = "Gzip", DataSource = Source("s3://bucket/train/", dataType) },
                },
                AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig { TabularJobConfig = new TabularJobConfig { TargetAttributeName = "y", SampleWeightAttributeName = "w" } },
            };

            TrainingDataSource csv = FeatureColumns.TrainingDataOf(Job("text/csv;header=present"))!;
            Assert.Equal(("s3://bucket/train/", AutoMLS3DataType.S3Prefix, true, "y", "w"), (csv.S3Uri, csv.S3DataType, csv.Gzip, csv.Target, csv.SampleWeight));
            Assert.NotNull(FeatureColumns.TrainingDataOf(Job(null)));
            Assert.Null(FeatureColumns.TrainingDataOf(Job("x-application-vnd.amazon+parquet")));
            Assert.Null(FeatureColumns.TrainingDataOf(Job("text/csv", AutoMLS3DataType.AugmentedManifestFile)));
            Assert.Null(FeatureColumns.TrainingDataOf(new DescribeAutoMLJobV2Response { AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig { TextGenerationJobConfig = new TextGenerationJobConfig() } }));
        }

        [Fact]
        public void ARowByNameIsPutInColumnOrderIgnoringCaseWithWhatIsMissingAndUnused()
        {
            var row = new Hashtable { ["Calls"] = 1, ["id"] = 7, ["tenure"] = 13, ["plan"] = "annual" };

            NamedRow arranged = NamedRow.InOrder(row, new[] { "tenure", "calls", "plan", "region" });

            Assert.Equal(new object[] { "tenure", "calls", "plan" }, arranged.Values.Keys.Cast<object>());
            Assert.Equal(new object[] { 13, 1, "annual" }, arranged.Values.Values.Cast<object>());
            Assert.Equal(new[] { "region" }, arranged.Missing);
            Assert.Equal(new[] { "id" }, arranged.Unused);
        }

        [Fact]
        public void AnEndpointAnswersWithItsLastContainersOutputKeys()
        {
            var environments = new List<IDictionary<string, string>?>
            {
                new Dictionary<string, string> { [ContainerEnvironment.OutputKeys] = "predicted_label" },
                new Dictionary<string, string> { [ContainerEnvironment.InputKeys] = "predicted_label", [ContainerEnvironment.OutputKeys] = "predicted_label, probability" },
            };

            Assert.Equal(new[] { "predicted_label", "probability" }, ResponseKeyChain.OutputOf(environments));
            Assert.Empty(ResponseKeyChain.OutputOf(new List<IDictionary<string, string>?> { environments[0], null }));
            Assert.Empty(ResponseKeyChain.OutputOf(new List<IDictionary<string, string>?>()));
        }

        [Theory]
        [InlineData(ProblemType.Regression, AutoMLMetricEnum.MSE)]
        [InlineData(ProblemType.BinaryClassification, AutoMLMetricEnum.F1)]
        [InlineData(ProblemType.MulticlassClassification, AutoMLMetricEnum.Accuracy)]
        [InlineData(AutoMLProblemTypeConfigName.TimeSeriesForecasting, AutoMLMetricEnum.AverageWeightedQuantileLoss)]
        [InlineData(AutoMLProblemTypeConfigName.TextClassification, AutoMLMetricEnum.Accuracy)]
        [InlineData(AutoMLProblemTypeConfigName.ImageClassification, AutoMLMetricEnum.Accuracy)]
        [InlineData(AutoMLProblemTypeConfigName.TextGeneration, null)]
        [InlineData("Forecasting", null)]
        public void EachProblemTypeHasAutopilotsDefaultObjective(string problemType, string? objective) =>
            Assert.Equal(objective, ObjectiveMetrics.DefaultFor(problemType));

        [Theory]
        [InlineData("my-bucket.data-2", null)]
        [InlineData("123", null)]
        [InlineData("my-ap-abc123-s3alias", null)]
        [InlineData("ab", "it has 2 characters; bucket names have 3 to 63")]
        [InlineData("Data", "it has characters other than lowercase letters, digits, dots and hyphens")]
        [InlineData("my_bucket", "it has characters other than lowercase letters, digits, dots and hyphens")]
        [InlineData("bucket-", "it does not start and end with a letter or digit")]
        [InlineData(".bucket", "it does not start and end with a letter or digit")]
        [InlineData("my..bucket", "it has two dots together")]
        [InlineData("10.0.0.1", "it is formatted as an IP address")]
        public void BucketNamesFollowS3sRules(string name, string? problem) =>
            Assert.Equal(problem, S3BucketNames.Problem(name));

        [Fact]
        public void ABucketNameOf64CharactersIsTooLong() =>
            Assert.Equal("it has 64 characters; bucket names have 3 to 63", S3BucketNames.Problem(new string('a', 64)));

        private static AutoMLDataSource Source(string uri, string dataType) =>
            new AutoMLDataSource { S3DataSource = new AutoMLS3DataSource { S3DataType = dataType, S3Uri = uri } };
    }
}
