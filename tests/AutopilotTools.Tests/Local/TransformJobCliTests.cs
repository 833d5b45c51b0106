using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local.Signing;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The AWS CLI creating, describing, listing and stopping transform jobs on the local server, unchanged.</summary>
    public sealed class TransformJobCliTests
    {
        [Fact]
        public async Task TheCliCreatesDescribesListsAndStopsTransformJobs()
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("echo"));
            await Training.UploadAsync(server, "data", "in/a.csv", "1\n2\n");
            string work = TempDirectories.Create();
            try
            {
                Task<AwsCli.Result> Aws(params string[] arguments) =>
                    AwsCli.RunAsync(server.Url, FakeSageMaker.AccessKey, FakeSageMaker.SecretKey, FakeSageMaker.Region, work, arguments);
                string[] Create(string name) => new[]
                {
                    "sagemaker", "create-transform-job", "--transform-job-name", name, "--model-name", "echo",
                    "--transform-input", "DataSource={S3DataSource={S3DataType=S3Prefix,S3Uri=s3://data/in/}},ContentType=text/csv,SplitType=Line",
                    "--transform-output", "S3OutputPath=s3://data/out/" + name + "/,Accept=text/csv,AssembleWith=Line",
                    "--transform-resources", "InstanceType=ml.m5.large,InstanceCount=1",
                };

                AwsCli.Result created = await Aws(Create("cli-done"));
                Assert.True(created.ExitCode == 0, created.ToString());
                Assert.EndsWith(":transform-job/cli-done", JsonDocument.Parse(created.Output).RootElement.GetProperty("TransformJobArn").GetString());
                await TransformJobs.WaitAsync(sageMaker, "cli-done");
                AwsCli.Result described = await Aws("sagemaker", "describe-transform-job", "--transform-job-name", "cli-done");
                Assert.True(described.ExitCode == 0, described.ToString());
                JsonElement job = JsonDocument.Parse(described.Output).RootElement;
                Assert.Equal(("Completed", "Line"), (job.GetProperty("TransformJobStatus").GetString(), job.GetProperty("TransformInput").GetProperty("SplitType").GetString()));
                Assert.Equal("echo|2|-|text/csv|text/csv", (await TransformJobs.ReadAsync(server, "data", "out/cli-done/a.csv.out")).Body.Split('\n')[1]);

                host.Hold();
                Assert.Equal(0, (await Aws(Create("cli-held"))).ExitCode);
                AwsCli.Result stopped = await Aws("sagemaker", "stop-transform-job", "--transform-job-name", "cli-held");
                Assert.True(stopped.ExitCode == 0, stopped.ToString());
                Assert.Equal(TransformJobStatus.Stopped, (await TransformJobs.WaitAsync(sageMaker, "cli-held")).TransformJobStatus);

                AwsCli.Result listed = await Aws("sagemaker", "list-transform-jobs", "--sort-by", "Name", "--sort-order", "Ascending", "--status-equals", "Stopped");
                Assert.True(listed.ExitCode == 0, listed.ToString());
                Assert.Equal(new[] { "cli-held" }, JsonDocument.Parse(listed.Output).RootElement.GetProperty("TransformJobSummaries").EnumerateArray().Select(s => s.GetProperty("TransformJobName").GetString()));

                AwsCli.Result missing = await Aws("sagemaker", "describe-transform-job", "--transform-job-name", "nope");
                Assert.Contains("An error occurred (ValidationException) when calling the DescribeTransformJob operation: Could not find requested job with name nope", missing.Error, StringComparison.Ordinal);
            }
            finally
            {
                TempDirectories.Remove(work);
            }
        }
    }
}
