using System;
using System.Threading.Tasks;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local.Signing;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The local server's refusals as the AWS CLI shows them, worded as SageMaker words its own.</summary>
    public sealed class ServiceWordingCliTests
    {
        [Fact]
        public async Task TheCliShowsAValidationExceptionInTheServicesWords()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            string work = TempDirectories.Create();
            try
            {
                // botocore checks required members and minimum lengths itself, not patterns or maximums: these reach the server.
                AwsCli.Result refused = await AwsCli.RunAsync(
                    server.Url, FakeSageMaker.AccessKey, FakeSageMaker.SecretKey, FakeSageMaker.Region, work,
                    "sagemaker", "create-auto-ml-job-v2",
                    "--auto-ml-job-name", "bad_name!",
                    "--auto-ml-job-input-data-config", "ChannelType=training,DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://data/train/}}",
                    "--output-data-config", "S3OutputPath=s3://data/output/",
                    "--auto-ml-problem-type-config", "TabularJobConfig={TargetAttributeName=churn,CompletionCriteria={MaxCandidates=751}}",
                    "--role-arn", Jobs.Role);

                Assert.NotEqual(0, refused.ExitCode);
                Assert.Contains(
                    "An error occurred (ValidationException) when calling the CreateAutoMLJobV2 operation: 2 validation errors detected: "
                    + "Value 'bad_name!' at 'autoMLJobName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}; "
                    + "Value '751' at 'autoMLProblemTypeConfig.tabularJobConfig.completionCriteria.maxCandidates' failed to satisfy constraint: Member must have value less than or equal to 750",
                    refused.Error,
                    StringComparison.Ordinal);
            }
            finally
            {
                TempDirectories.Remove(work);
            }
        }
    }
}
