using System.Collections;
using System.Collections.Specialized;
using System.Linq;
using System.Text.Json;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    public sealed class RequestSkeletonTests
    {
        [Fact]
        public void AV2SkeletonNarrowedToOneProblemTypeShowsWhatGoesWhere()
        {
            using var session = new PowerShellSession();

            var skeleton = session.RunScript("New-AutoMLJobRequest -ProblemType tabular").ThrowIfErrors().Single<OrderedDictionary>();

            var problem = (IDictionary)skeleton["AutoMLProblemTypeConfig"]!;
            Assert.Equal(new[] { "TabularJobConfig" }, problem.Keys.Cast<string>());
            var tabular = (IDictionary)problem["TabularJobConfig"]!;
            Assert.Equal("BinaryClassification|MulticlassClassification|Regression", tabular["ProblemType"]);
            Assert.Equal(string.Empty, tabular["TargetAttributeName"]);
            var channel = (IDictionary)((IList)skeleton["AutoMLJobInputDataConfig"]!)[0]!;
            Assert.Equal("training|validation", channel["ChannelType"]);
            Assert.True(skeleton.Contains("Tags") && skeleton.Contains("SecurityConfig") && skeleton.Contains("ModelDeployConfig"));
        }

        [Fact]
        public void RequiredOnlyKeepsWhatTheServiceRequires()
        {
            using var session = new PowerShellSession();

            var skeleton = session.RunScript("New-AutoMLJobRequest V2 -RequiredOnly -ProblemType TimeSeriesForecasting").ThrowIfErrors().Single<OrderedDictionary>();

            Assert.Equal(
                new[] { "AutoMLJobName", "AutoMLJobInputDataConfig", "OutputDataConfig", "AutoMLProblemTypeConfig", "RoleArn" },
                skeleton.Keys.Cast<string>());
            var forecasting = (IDictionary)((IDictionary)skeleton["AutoMLProblemTypeConfig"]!)["TimeSeriesForecastingJobConfig"]!;
            Assert.Contains("ForecastFrequency", forecasting.Keys.Cast<string>());
            Assert.DoesNotContain("ForecastQuantiles", forecasting.Keys.Cast<string>());
        }

        [Fact]
        public void AV1SkeletonAsJsonIsTheCreateAutoMLJobShape()
        {
            using var session = new PowerShellSession();

            string json = session.RunScript("New-AutoMLJobRequest -ApiVersion V1 -AsJson").ThrowIfErrors().Single<string>();

            JsonElement root = JsonDocument.Parse(json).RootElement;
            Assert.Equal(string.Empty, root.GetProperty("InputDataConfig")[0].GetProperty("TargetAttributeName").GetString());
            Assert.Equal("BinaryClassification|MulticlassClassification|Regression", root.GetProperty("ProblemType").GetString());
            Assert.False(root.TryGetProperty("AutoMLProblemTypeConfig", out _));
        }
    }
}
