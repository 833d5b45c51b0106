using System;
using System.Linq;
using System.Reflection;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>
    /// The API's members on the output objects themselves, under their API names and typed as the API's shapes, as
    /// AWS Tools and boto3 users reach them, with the convenience members beside them.
    /// </summary>
    public sealed class ObjectMembersTests
    {
        [Theory]
        [InlineData(typeof(AutoMLJob), typeof(DescribeAutoMLJobV2Response))]
        [InlineData(typeof(AutoMLJobV1), typeof(DescribeAutoMLJobResponse))]
        [InlineData(typeof(AutoMLJobSummary), typeof(Model.AutoMLJobSummary))]
        [InlineData(typeof(AutopilotTools.AutoMLCandidate), typeof(Model.AutoMLCandidate))]
        [InlineData(typeof(AutoMLDeployment), typeof(DescribeEndpointOutput))]
        public void EveryMemberOfTheResponseIsATypedPropertyOfTheObject(Type output, Type response)
        {
            var missing = response.GetProperties()
                .Where(p => p.GetCustomAttribute<ApiMemberAttribute>() != null)
                .Where(p => output.GetProperty(p.Name, BindingFlags.Public | BindingFlags.Instance)?.PropertyType != p.PropertyType)
                .Select(p => p.Name)
                .ToList();

            Assert.True(missing.Count == 0, $"{output.Name} lacks {string.Join(", ", missing)}");
        }

        [Fact]
        public void AJobHasTheResponseMembersByTheirApiNamesBesideTheConveniences()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(@"
                $job = Get-AutoMLJobV2 churn-1 @conn
                $job.BestCandidate.CandidateName
                $job.AutoMLProblemTypeConfig.TabularJobConfig.TargetAttributeName
                $job.OutputDataConfig.S3OutputPath
                $job.ResolvedAttributes.AutoMLProblemTypeResolvedAttributes.TabularResolvedAttributes.ProblemType
                $job.AutoMLJobObjective.MetricName
                $job.BestCandidateName
                $job.ProblemType").ThrowIfErrors();

            Assert.Equal(new[] { "cand-1", "churn", "s3://bucket/out/", "BinaryClassification", "F1", "cand-1", "BinaryClassification" },
                result.Output.Select(o => o?.ToString()));
        }

        [Fact]
        public void ACandidateHasTheApiCandidateMembers()
        {
            using var server = new LoopbackServer(FakeSageMaker.DescribeAnyJob);
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript(@"
                $best = Get-AutoMLCandidate churn-1 -Best @conn
                $best.FinalAutoMLJobObjectiveMetric.Value
                $best.ObjectiveStatus
                $best.AutoMLJobName
                $best.ObjectiveValue").ThrowIfErrors();

            Assert.Equal(new object[] { 0.87654, "Succeeded", "churn-1", 0.87654 }, result.Output.Select(o => o.BaseObject));
        }

        [Fact]
        public void AV1JobKeepsTheApisProblemTypeAndResolvesBeside()
        {
            const string v1 = "{\"AutoMLJobName\":\"v1\",\"AutoMLJobArn\":\"arn:aws:sagemaker:eu-west-3:1:automl-job/v1\",\"AutoMLJobStatus\":\"Completed\"," +
                "\"AutoMLJobSecondaryStatus\":\"Completed\",\"ResolvedAttributes\":{\"ProblemType\":\"Regression\"},\"CreationTime\":1700000000,\"LastModifiedTime\":1700000000}";
            using var server = new LoopbackServer(_ => Reply.Json(v1));
            using var session = FakeSageMaker.SessionFor(server);

            RunResult result = session.RunScript("$j = Get-AutoMLJob v1 @conn; $null -eq $j.ProblemType; $j.ResolvedProblemType; $j.ResolvedAttributes.ProblemType").ThrowIfErrors();

            Assert.Equal(new object[] { true, "Regression", "Regression" }, result.Output.Select(o => o.BaseObject));
        }
    }
}
