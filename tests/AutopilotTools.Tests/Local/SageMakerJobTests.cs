using System;
using System.Net;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>AutoML jobs on the local server through our typed SageMaker client: creation, describing with either API, stopping.</summary>
    public sealed class SageMakerJobTests
    {
        private static readonly DateTimeOffset Start = new DateTimeOffset(2025, 3, 1, 12, 0, 0, 250, TimeSpan.Zero);

        [Fact]
        public async Task AV2JobIsCreatedInProgressAndDescribedAsTheServiceWould()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(new ManualClock(Start));
            ISageMakerApi sageMaker = server.SageMaker();

            CreateAutoMLJobV2Response created = await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("Churn-Weekly"));

            Assert.Equal($"arn:aws:sagemaker:{FakeSageMaker.Region}:000000000000:automl-job/churn-weekly", created.AutoMLJobArn);
            DescribeAutoMLJobV2Response job = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "Churn-Weekly" });
            Assert.Equal(("Churn-Weekly", created.AutoMLJobArn), (job.AutoMLJobName, job.AutoMLJobArn));
            Assert.Equal((AutoMLJobStatus.InProgress, AutoMLJobSecondaryStatus.Starting), (job.AutoMLJobStatus, job.AutoMLJobSecondaryStatus));
            Assert.Equal(AutoMLProblemTypeConfigName.Tabular, job.AutoMLProblemTypeConfigName);
            Assert.Equal("churn", job.AutoMLProblemTypeConfig!.TabularJobConfig!.TargetAttributeName);
            Assert.Equal("s3://data/train/", job.AutoMLJobInputDataConfig![0].DataSource!.S3DataSource!.S3Uri);
            Assert.Equal(Start.UtcDateTime, job.CreationTime);
            Assert.Equal(job.CreationTime, job.LastModifiedTime);
            Assert.Null(job.EndTime);
            Assert.Null(job.BestCandidate);
        }

        [Fact]
        public async Task ANameInUseInAnyCasingIsResourceInUse()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("taken"));

            var error = await Assert.ThrowsAsync<ResourceInUseException>(() => sageMaker.CreateAutoMLJobAsync(Jobs.V1("TAKEN")));

            Assert.Equal(("ResourceInUse", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
            Assert.False(string.IsNullOrEmpty(error.RequestId));
        }

        [Fact]
        public async Task AV1JobIsDescribedByBothApisAndAV2JobOnlyByV2()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobAsync(Jobs.V1("v1-job"));
            await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("v2-job"));

            DescribeAutoMLJobResponse v1 = await sageMaker.DescribeAutoMLJobAsync(new DescribeAutoMLJobRequest { AutoMLJobName = "v1-job" });
            Assert.Equal(ProblemType.BinaryClassification, v1.ProblemType);
            Assert.Equal("churn", v1.InputDataConfig![0].TargetAttributeName);
            Assert.Equal(false, v1.GenerateCandidateDefinitionsOnly);

            DescribeAutoMLJobV2Response asV2 = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "v1-job" });
            TabularJobConfig tabular = asV2.AutoMLProblemTypeConfig!.TabularJobConfig!;
            Assert.Equal(("churn", "weight", ProblemType.BinaryClassification), (tabular.TargetAttributeName, tabular.SampleWeightAttributeName, tabular.ProblemType));
            Assert.Equal((5, AutoMLMode.ENSEMBLING), (tabular.CompletionCriteria!.MaxCandidates, tabular.Mode));
            Assert.Equal(AutoMLProblemTypeConfigName.Tabular, asV2.AutoMLProblemTypeConfigName);
            Assert.Equal("s3://data/train/", asV2.AutoMLJobInputDataConfig![0].DataSource!.S3DataSource!.S3Uri);

            var refused = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.DescribeAutoMLJobAsync(new DescribeAutoMLJobRequest { AutoMLJobName = "v2-job" }));
            Assert.Equal("ValidationException", refused.ErrorCode);
            Assert.Contains("DescribeAutoMLJobV2", refused.Message);
        }

        [Fact]
        public async Task MissingJobsAreResourceNotFound()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();

            var describe = await Assert.ThrowsAsync<ResourceNotFoundException>(() => sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "ghost" }));
            await Assert.ThrowsAsync<ResourceNotFoundException>(() => sageMaker.StopAutoMLJobAsync(new StopAutoMLJobRequest { AutoMLJobName = "ghost" }));
            await Assert.ThrowsAsync<ResourceNotFoundException>(() => sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = "ghost" }));

            Assert.Equal("ResourceNotFound", describe.ErrorCode);
            Assert.Contains("ghost", describe.Message);
        }

        /// <summary>
        /// The server refuses what the module's validation core refuses, in the service's words: the count, then each
        /// value, its member path as AWS writes it and the constraint, as SageMaker's own ValidationExceptions read.
        /// </summary>
        [Theory]
        [InlineData("bad_name!", "x", "1 validation error detected: Value 'bad_name!' at 'autoMLJobName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}")]
        [InlineData(
            "this-name-is-far-too-long-for-an-automl-job",
            "x",
            "2 validation errors detected: Value 'this-name-is-far-too-long-for-an-automl-job' at 'autoMLJobName' failed to satisfy constraint: Member must have length less than or equal to 32; "
            + "Value 'this-name-is-far-too-long-for-an-automl-job' at 'autoMLJobName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}")]
        [InlineData("fine", null, "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null")]
        public async Task InvalidRequestsAreValidationExceptionsInTheServicesWords(string name, string? roleArn, string expected)
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            CreateAutoMLJobV2Request request = Jobs.V2(name);
            if (roleArn == null)
            {
                request.RoleArn = null;
            }

            var error = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => server.SageMaker().CreateAutoMLJobV2Async(request));

            Assert.Equal(("ValidationException", HttpStatusCode.BadRequest), (error.ErrorCode, error.StatusCode));
            Assert.Equal(expected, error.Message);
        }

        [Fact]
        public async Task NestedMembersAndListElementsArePathedAsTheServicePathsThem()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            CreateAutoMLJobV2Request request = Jobs.V2("nested");
            request.AutoMLJobInputDataConfig![0].ChannelType = "testing";
            request.AutoMLProblemTypeConfig!.TabularJobConfig!.CompletionCriteria = new AutoMLJobCompletionCriteria { MaxCandidates = 0 };

            var error = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => server.SageMaker().CreateAutoMLJobV2Async(request));

            Assert.Matches("^[0-9]+ validation errors detected: ", error.Message);
            Assert.Contains(
                "Value 'testing' at 'autoMLJobInputDataConfig.1.member.channelType' failed to satisfy constraint: Member must satisfy enum value set: ["
                + string.Join(", ", AutoMLChannelType.Values) + "]",
                error.Message,
                StringComparison.Ordinal);
            Assert.Contains(
                "Value '0' at 'autoMLProblemTypeConfig.tabularJobConfig.completionCriteria.maxCandidates' failed to satisfy constraint: Member must have value greater than or equal to 1",
                error.Message,
                StringComparison.Ordinal);
        }

        [Fact]
        public async Task StoppingAJobEndsStoppedAndAFinishedJobCannotBeStopped()
        {
            var clock = new ManualClock(Start);
            await using TestLocalServer server = await TestLocalServer.StartAsync(clock);
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("to-stop"));
            DateTime stopTime = clock.Advance(TimeSpan.FromMinutes(3));

            await sageMaker.StopAutoMLJobAsync(new StopAutoMLJobRequest { AutoMLJobName = "to-stop" });

            DescribeAutoMLJobV2Response job = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "to-stop" });
            for (int poll = 0; poll < 100 && job.AutoMLJobStatus != AutoMLJobStatus.Stopped; poll++)
            {
                Assert.Equal(AutoMLJobStatus.Stopping, job.AutoMLJobStatus);
                await Task.Delay(20);
                job = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "to-stop" });
            }

            Assert.Equal((AutoMLJobStatus.Stopped, AutoMLJobSecondaryStatus.Stopped), (job.AutoMLJobStatus, job.AutoMLJobSecondaryStatus));
            Assert.Equal(stopTime, job.EndTime);
            Assert.Equal(stopTime, job.LastModifiedTime);
            Assert.Equal(Start.UtcDateTime, job.CreationTime);
            var again = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.StopAutoMLJobAsync(new StopAutoMLJobRequest { AutoMLJobName = "to-stop" }));
            Assert.Equal("ValidationException", again.ErrorCode);
        }
    }
}
