using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// Get-AutoMLBatchTransform and Stop-AutoMLBatchTransform against the local server, over real HTTP. The model
    /// host holds every load, so the transform jobs stay InProgress until they are stopped.
    /// </summary>
    public sealed class LocalBatchTransformQueryTests
    {
        private const string Start = "Invoke-AutoMLBatchTransform -ModelName echo -S3Uri s3://data/in/ -OutputPath s3://data/out/ -InstanceType ml.m5.large -NoWait -TransformJobName ";

        [Fact]
        public async Task DescribesAJobByNameByArnAndPipedFromInvoke()
        {
            await using HeldServer held = await HeldServer.StartAsync();
            using PowerShellSession session = new PowerShellSession().Set("conn", held.Server.Connection());

            RunResult result = session.RunScript(
                $"$job = {Start}scoring @conn; Get-AutoMLBatchTransform scoring @conn; $job | Get-AutoMLBatchTransform @conn; Get-AutoMLBatchTransform $job.TransformJobArn @conn").ThrowIfErrors();

            Assert.Equal(3, result.Output.Count);
            foreach (PSObject output in result.Output)
            {
                var job = (DescribeTransformJobResponse)output.BaseObject;
                Assert.Equal(("scoring", TransformJobStatus.InProgress, "echo"), (job.TransformJobName, job.TransformJobStatus, job.ModelName));
                Assert.Equal("s3://data/out/", job.TransformOutput!.S3OutputPath);
            }
        }

        [Fact]
        public async Task ListsWithTheFiltersInTheOrderAskedAndStopsAtFirst()
        {
            await using HeldServer held = await HeldServer.StartAsync();
            foreach (string name in new[] { "nightly-b", "adhoc-a", "nightly-a", "nightly-c" })
            {
                await held.SageMaker.CreateTransformJobAsync(TransformJobs.Request(name, "echo", "s3://data/in/", "s3://data/out/" + name + "/"));
            }

            using PowerShellSession session = new PowerShellSession().Set("conn", held.Server.Connection());

            RunResult named = session.RunScript("Get-AutoMLBatchTransform -NameContains nightly -SortBy name -SortOrder ascending @conn").ThrowIfErrors();
            RunResult first = session.RunScript("Get-AutoMLBatchTransform -NameContains nightly -SortBy Name -SortOrder Descending -First 2 @conn").ThrowIfErrors();
            RunResult completed = session.RunScript("Get-AutoMLBatchTransform -StatusEquals Completed @conn").ThrowIfErrors();
            RunResult all = session.RunScript("Get-AutoMLBatchTransform -StatusEquals InProgress -CreatedAfter ([datetime]::Now.AddHours(-1)) @conn").ThrowIfErrors();

            Assert.All(named.Output, o => Assert.IsType<TransformJobSummary>(o.BaseObject));
            Assert.Equal(new[] { "nightly-a", "nightly-b", "nightly-c" }, Names(named));
            Assert.Equal(new[] { "nightly-c", "nightly-b" }, Names(first));
            Assert.Empty(completed.Output);
            Assert.Equal(4, all.Output.Count);
        }

        [Fact]
        public async Task StopsARunningTransformStartedWithNoWait()
        {
            await using HeldServer held = await HeldServer.StartAsync();
            using PowerShellSession session = new PowerShellSession().Set("conn", held.Server.Connection());

            RunResult result = session.RunScript($"{Start}to-stop @conn | Stop-AutoMLBatchTransform -PassThru @conn").ThrowIfErrors();

            var stopped = result.Single<DescribeTransformJobResponse>();
            Assert.Equal("to-stop", stopped.TransformJobName);
            Assert.Contains(stopped.TransformJobStatus, new[] { TransformJobStatus.Stopping, TransformJobStatus.Stopped });
            Assert.Equal(TransformJobStatus.Stopped, (await TransformJobs.WaitAsync(held.SageMaker, "to-stop")).TransformJobStatus);
        }

        [Fact]
        public async Task StopWritesNothingWithoutPassThruAndStopsNothingUnderWhatIf()
        {
            await using HeldServer held = await HeldServer.StartAsync();
            using PowerShellSession session = new PowerShellSession().Set("conn", held.Server.Connection());
            session.RunScript($"{Start}kept @conn | Out-Null; {Start}gone @conn | Out-Null").ThrowIfErrors();

            RunResult whatIf = session.RunScript("Get-AutoMLBatchTransform -NameContains kept @conn | Stop-AutoMLBatchTransform -WhatIf @conn").ThrowIfErrors();
            RunResult stop = session.RunScript("Stop-AutoMLBatchTransform gone @conn").ThrowIfErrors();

            Assert.Empty(whatIf.Output);
            Assert.Contains("What if: Performing the operation \"Stop batch transform job\" on target \"kept\".", whatIf.HostText);
            Assert.Empty(stop.Output);
            DescribeTransformJobResponse kept = await held.SageMaker.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = "kept" });
            Assert.Equal(TransformJobStatus.InProgress, kept.TransformJobStatus);
            Assert.Equal(TransformJobStatus.Stopped, (await TransformJobs.WaitAsync(held.SageMaker, "gone")).TransformJobStatus);
        }

        [Theory]
        [InlineData("Get-AutoMLBatchTransform")]
        [InlineData("Stop-AutoMLBatchTransform -Confirm")]
        public void ABadNameIsRefusedWithoutARequest(string command)
        {
            // Nothing listens on this port: a request would add a ServiceUnreachable error. -Confirm would prompt (and
            // the hosted session has no prompt) for a name that got as far as ShouldProcess.
            using PowerShellSession session = new PowerShellSession();

            RunResult result = session.RunScript(
                $"'bad_name!', 'arn:aws:sagemaker:us-east-1:111122223333:automl-job/churn' | {command} -EndpointUrl http://127.0.0.1:9 -Region us-east-1 -Credential @{{ AccessKey = 'a'; SecretKey = 'b' }}");

            Assert.Empty(result.Output);
            Assert.Equal(2, result.Errors.Count);
            Assert.All(result.Errors, e => Assert.StartsWith("InvalidTransformJobIdentity,", e.FullyQualifiedErrorId));
            Assert.All(result.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
            Assert.Equal(new object[] { "bad_name!", "arn:aws:sagemaker:us-east-1:111122223333:automl-job/churn" }, result.Errors.Select(e => e.TargetObject));
            Assert.Contains("[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}", result.Errors[0].ErrorDetails.Message);
            Assert.Contains(":transform-job/<name>", result.Errors[1].ErrorDetails.Message);
        }

        [Theory]
        [InlineData("Get-AutoMLBatchTransform", "")]
        [InlineData("Stop-AutoMLBatchTransform", "-PassThru")]
        public async Task AMissingJobIsTransformJobNotFoundAndTheOthersStillRun(string cmdlet, string passThru)
        {
            await using HeldServer held = await HeldServer.StartAsync();
            using PowerShellSession session = new PowerShellSession().Set("conn", held.Server.Connection());
            session.RunScript($"{Start}present @conn | Out-Null").ThrowIfErrors();

            RunResult result = session.RunScript($"'ghost', 'present' | {cmdlet} {passThru} @conn");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal($"TransformJobNotFound,AutopilotTools.Commands.{cmdlet.Replace("-", string.Empty)}Command", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal("ghost", error.TargetObject);
            Assert.Equal("present", result.Single<DescribeTransformJobResponse>().TransformJobName);
        }

        [Fact]
        public async Task StoppingAFinishedTransformIsTheServicesRefusalNotANotFound()
        {
            await using HeldServer held = await HeldServer.StartAsync();
            using PowerShellSession session = new PowerShellSession().Set("conn", held.Server.Connection());
            session.RunScript($"{Start}finished @conn | Out-Null").ThrowIfErrors();
            held.Release();
            Assert.Equal(TransformJobStatus.Completed, (await TransformJobs.WaitAsync(held.SageMaker, "finished")).TransformJobStatus);

            RunResult result = session.RunScript("Stop-AutoMLBatchTransform finished @conn");

            ErrorRecord error = Assert.Single(result.Errors);
            Assert.Equal("ServiceError,AutopilotTools.Commands.StopAutoMLBatchTransformCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Contains("cannot be stopped: its status is Completed", error.ErrorDetails.Message);
        }

        private static string[] Names(RunResult result) => result.Output.Select(o => ((TransformJobSummary)o.BaseObject).TransformJobName!).ToArray();

        /// <summary>A local server with an echo model whose loads are held, and data to score.</summary>
        private sealed class HeldServer : System.IAsyncDisposable
        {
            private readonly EchoModelHost _host;

            private HeldServer(TestLocalServer server, EchoModelHost host)
            {
                Server = server;
                _host = host;
            }

            public TestLocalServer Server { get; }

            public ISageMakerApi SageMaker => Server.SageMaker();

            /// <summary>Lets the held loads (and every later one) go on, so the transforms run to their end.</summary>
            public void Release() => _host.Release();

            public static async Task<HeldServer> StartAsync()
            {
                var host = new EchoModelHost();
                TestLocalServer server = await TestLocalServer.StartAsync(null, host);
                await server.SageMaker().CreateModelAsync(Deployments.Model("echo"));
                await Training.UploadAsync(server, "data", "in/a.csv", "1\n");
                host.Hold();
                return new HeldServer(server, host);
            }

            public async System.Threading.Tasks.ValueTask DisposeAsync()
            {
                Release();
                await Server.DisposeAsync();
            }
        }
    }
}
