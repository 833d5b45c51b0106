using System;
using System.Diagnostics;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Ctrl+C in Invoke-AutoMLBatchTransform: the wait ends at once; the job runs on, or stops with -StopOnCancel.</summary>
    public sealed class LocalBatchTransformModuleTests
    {
        [Theory]
        [InlineData(false, TransformJobStatus.InProgress)]
        [InlineData(true, TransformJobStatus.Stopped)]
        public async Task CtrlCEndsTheWaitPromptlyAndStopsTheJobOnlyWhenAsked(bool stopOnCancel, string expected)
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("echo"));
            await Training.UploadAsync(server, "data", "in/a.csv", "1\n");
            // The model never loads, so the job stays InProgress until stopped.
            host.Hold();
            using PowerShellSession session = new PowerShellSession().Set("conn", server.Connection());
            var clock = new Stopwatch();

            RunResult result = session.RunScriptAndInterrupt(
                "Invoke-AutoMLBatchTransform -ModelName echo -S3Uri s3://data/in/ -OutputPath s3://data/out/ -InstanceType ml.m5.large -TransformJobName held -PollInterval 30 -StopOnCancel:$args[0] @conn",
                shell =>
                {
                    WaitUntilCreated(sageMaker);
                    clock.Start();
                    shell.Stop();
                    clock.Stop();
                },
                stopOnCancel);

            Assert.Equal(PSInvocationState.Stopped, result.State);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"stopping took {clock.Elapsed}");
            DescribeTransformJobResponse job = stopOnCancel
                ? await TransformJobs.WaitAsync(sageMaker, "held")
                : await sageMaker.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = "held" });
            Assert.Equal(expected, job.TransformJobStatus);
        }

        private static void WaitUntilCreated(ISageMakerApi sageMaker)
        {
            for (int poll = 0; poll < 600; poll++)
            {
                ListTransformJobsResponse jobs = sageMaker.ListTransformJobsAsync(new ListTransformJobsRequest()).GetAwaiter().GetResult();
                if (jobs.TransformJobSummaries!.Count > 0)
                {
                    // One poll of the wait has been made, or is about to be: either way the cmdlet is waiting.
                    Thread.Sleep(500);
                    return;
                }

                Thread.Sleep(50);
            }

            throw new TimeoutException("The transform job was never created.");
        }
    }
}
