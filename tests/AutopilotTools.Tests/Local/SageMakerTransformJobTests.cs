using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// Batch transform on the local server through the typed client, with the echo host's model (each line comes
    /// back as <c>model|line|keys|content-type|accept</c>), so that what reached the model can be read in the output.
    /// </summary>
    public sealed class SageMakerTransformJobTests
    {
        [Fact]
        public async Task LineSplitInputUnderAPrefixIsTransformedIntoOutObjectsNamedAfterTheirKeys()
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("echo", outputKeys: "predicted_label"));
            await Training.UploadAsync(server, "data", "score/a.csv", "1,x\n\n2,y\n");
            await Training.UploadAsync(server, "data", "score/sub/b.csv", "3,z");
            await Training.UploadAsync(server, "data", "scored/", string.Empty);

            string arn = (await sageMaker.CreateTransformJobAsync(TransformJobs.Request("lines", "echo", "s3://data/score/", "s3://data/scored"))).TransformJobArn!;
            DescribeTransformJobResponse job = await TransformJobs.WaitAsync(sageMaker, "lines");

            Assert.Equal($"arn:aws:sagemaker:{FakeSageMaker.Region}:000000000000:transform-job/lines", arn);
            Assert.Equal((TransformJobStatus.Completed, null), (job.TransformJobStatus, job.FailureReason));
            Assert.True(job.TransformStartTime <= job.TransformEndTime && job.CreationTime <= job.TransformStartTime);
            Assert.Equal(("echo|1,x|predicted_label|text/csv|text/csv\necho|2,y|predicted_label|text/csv|text/csv\n", "text/csv"), await TransformJobs.ReadAsync(server, "data", "scored/a.csv.out"));
            Assert.Equal("echo|3,z|predicted_label|text/csv|text/csv\n", (await TransformJobs.ReadAsync(server, "data", "scored/sub/b.csv.out")).Body);
        }

        [Fact]
        public async Task UnsplitInputGoesWholeAndAManifestNamesItsObjects()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("echo"));
            await Training.UploadAsync(server, "data", "in/one.json", "{\"a\": 1}");
            await Training.UploadAsync(server, "data", "in/two.json", "{\"a\": 2}");
            await Training.UploadAsync(server, "data", "in/skipped.json", "{\"a\": 3}");
            await Training.UploadAsync(server, "data", "lists/manifest.json", "[{\"prefix\": \"s3://data/in/\"}, \"one.json\", \"two.json\"]");

            CreateTransformJobRequest request = TransformJobs.Request("manifest", "echo", "s3://data/lists/manifest.json", "s3://data/out/", SplitType.None, S3DataType.ManifestFile, "application/json", "application/jsonlines");
            await sageMaker.CreateTransformJobAsync(request);
            DescribeTransformJobResponse job = await TransformJobs.WaitAsync(sageMaker, "manifest");

            Assert.Equal(TransformJobStatus.Completed, job.TransformJobStatus);
            Assert.Equal(("echo|{\"a\": 1}|-|application/json|application/jsonlines\n", "application/jsonlines"), await TransformJobs.ReadAsync(server, "data", "out/one.json.out"));
            Assert.Equal("echo|{\"a\": 2}|-|application/json|application/jsonlines\n", (await TransformJobs.ReadAsync(server, "data", "out/two.json.out")).Body);
            using var s3 = server.S3();
            Assert.Equal(new[] { "out/one.json.out", "out/two.json.out" }, (await s3.ListObjectsV2Async(new Amazon.S3.Model.ListObjectsV2Request { BucketName = "data", Prefix = "out/" })).S3Objects.Select(o => o.Key));
        }

        [Fact]
        public async Task BatchesRunConcurrentlyWithinThePayloadLimitAndAnswersKeepTheInputOrder()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("echo"));
            // About 3 MB of lines: at least three requests of 1 MB, four at a time.
            string[] lines = Enumerable.Range(0, 30000).Select(i => $"{i},{new string('v', 90)}").ToArray();
            await Training.UploadAsync(server, "data", "big/rows.csv", string.Join("\n", lines) + "\n");
            await Training.UploadAsync(server, "data", "huge/row.csv", new string('w', 1024 * 1024 + 1) + "\n");
            CreateTransformJobRequest request = TransformJobs.Request("big", "echo", "s3://data/big/", "s3://data/big-out/");
            request.MaxPayloadInMB = 1;
            request.MaxConcurrentTransforms = 4;
            request.BatchStrategy = BatchStrategy.MultiRecord;
            CreateTransformJobRequest tooLong = TransformJobs.Request("too-long", "echo", "s3://data/huge/", "s3://data/huge-out/");
            tooLong.MaxPayloadInMB = 1;

            await sageMaker.CreateTransformJobAsync(request);
            await sageMaker.CreateTransformJobAsync(tooLong);
            DescribeTransformJobResponse job = await TransformJobs.WaitAsync(sageMaker, "big");
            DescribeTransformJobResponse failed = await TransformJobs.WaitAsync(sageMaker, "too-long");

            Assert.Equal(TransformJobStatus.Completed, job.TransformJobStatus);
            string[] answered = (await TransformJobs.ReadAsync(server, "data", "big-out/rows.csv.out")).Body.TrimEnd('\n').Split('\n');
            Assert.Equal(lines, answered.Select(a => a.Split('|')[1]));
            Assert.Equal(TransformJobStatus.Failed, failed.TransformJobStatus);
            Assert.Equal("Line 1 of s3://data/huge/row.csv is 1048578 bytes, more than MaxPayloadInMB allows in one request (1048576 bytes).", failed.FailureReason);
        }

        [Fact]
        public async Task AModelErrorFailsTheJobNamingTheObjectAndLines()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("echo"));
            await Training.UploadAsync(server, "data", "in/a.csv", "1\n2\nbad row\n");
            CreateTransformJobRequest request = TransformJobs.Request("model-error", "echo", "s3://data/in/a.csv", "s3://data/out/");
            request.BatchStrategy = BatchStrategy.SingleRecord;

            await sageMaker.CreateTransformJobAsync(request);
            DescribeTransformJobResponse job = await TransformJobs.WaitAsync(sageMaker, "model-error");

            Assert.Equal(TransformJobStatus.Failed, job.TransformJobStatus);
            Assert.Equal("The model answered 400 for line 3 of s3://data/in/a.csv: Unable to read row 'bad row'.", job.FailureReason);
            Assert.NotNull(job.TransformEndTime);
            TransformJobSummary summary = Assert.Single((await sageMaker.ListTransformJobsAsync(new ListTransformJobsRequest { StatusEquals = TransformJobStatus.Failed })).TransformJobSummaries!);
            Assert.Equal(job.FailureReason, summary.FailureReason);
        }

        [Fact]
        public async Task WhatTheServerCannotRunIsRefusedAtCreation()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("echo"));
            CreateTransformJobRequest recordIo = TransformJobs.Request("recordio", "echo", "s3://data/in/", "s3://data/out/", SplitType.RecordIO);
            CreateTransformJobRequest noModel = TransformJobs.Request("no-model", "missing", "s3://data/in/", "s3://data/out/");
            CreateTransformJobRequest badName = TransformJobs.Request("bad_name!", "echo", "s3://data/in/", "s3://data/out/");

            var split = await Assert.ThrowsAsync<AutopilotServiceException>(() => sageMaker.CreateTransformJobAsync(recordIo));
            var missing = await Assert.ThrowsAsync<AutopilotServiceException>(() => sageMaker.CreateTransformJobAsync(noModel));
            var name = await Assert.ThrowsAsync<AutopilotServiceException>(() => sageMaker.CreateTransformJobAsync(badName));
            await sageMaker.CreateTransformJobAsync(TransformJobs.Request("taken", "echo", "s3://data/in/", "s3://data/out/"));
            var taken = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.CreateTransformJobAsync(TransformJobs.Request("TAKEN", "echo", "s3://data/in/", "s3://data/out/")));
            var unknown = await Assert.ThrowsAsync<AutopilotServiceException>(() => sageMaker.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = "nope" }));

            Assert.Equal("The local server splits transform input by Line or not at all (None), not by RecordIO.", split.Message);
            Assert.Equal($"Could not find model \"arn:aws:sagemaker:{FakeSageMaker.Region}:000000000000:model/missing\".", missing.Message);
            Assert.StartsWith("1 validation error detected: Value 'bad_name!' at 'transformJobName' failed to satisfy constraint: Member must satisfy regular expression pattern:", name.Message);
            Assert.Equal(("ResourceInUse", "Job with name TAKEN already exists."), (taken.ErrorCode, taken.Message));
            Assert.Equal(("ValidationException", "Could not find requested job with name nope"), (unknown.ErrorCode, unknown.Message));
            DescribeTransformJobResponse failed = await TransformJobs.WaitAsync(sageMaker, "taken");
            Assert.Equal("No S3 objects found under S3 URL \"s3://data/in/\" given in input data source.", failed.FailureReason);
        }

        [Fact]
        public async Task AStoppedJobIsStoppedAndAnEndedOneCannotBe()
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("echo"));
            await Training.UploadAsync(server, "data", "in/a.csv", "1\n");
            host.Hold();

            await sageMaker.CreateTransformJobAsync(TransformJobs.Request("held", "echo", "s3://data/in/", "s3://data/out/"));
            await sageMaker.CreateTransformJobAsync(TransformJobs.Request("queued", "echo", "s3://data/in/", "s3://data/out/"));
            await sageMaker.StopTransformJobAsync(new StopTransformJobRequest { TransformJobName = "queued" });
            await sageMaker.StopTransformJobAsync(new StopTransformJobRequest { TransformJobName = "held" });
            DescribeTransformJobResponse held = await TransformJobs.WaitAsync(sageMaker, "held");
            DescribeTransformJobResponse queued = await TransformJobs.WaitAsync(sageMaker, "queued");
            var again = await Assert.ThrowsAsync<AutopilotServiceException>(() => sageMaker.StopTransformJobAsync(new StopTransformJobRequest { TransformJobName = "held" }));

            Assert.Equal((TransformJobStatus.Stopped, null), (held.TransformJobStatus, held.FailureReason));
            Assert.Equal(TransformJobStatus.Stopped, queued.TransformJobStatus);
            Assert.Equal("The transform job held cannot be stopped: its status is Stopped.", again.Message);
            ListTransformJobsResponse list = await sageMaker.ListTransformJobsAsync(new ListTransformJobsRequest { SortBy = "Name", SortOrder = SortOrder.Ascending, MaxResults = 1 });
            Assert.Equal("held", Assert.Single(list.TransformJobSummaries!).TransformJobName);
            ListTransformJobsResponse next = await sageMaker.ListTransformJobsAsync(new ListTransformJobsRequest { SortBy = "Name", SortOrder = SortOrder.Ascending, NextToken = list.NextToken });
            Assert.Equal(new[] { "queued" }, next.TransformJobSummaries!.Select(s => s.TransformJobName));
        }

        [Fact]
        public async Task AJobRunningWhenTheServerStopsIsFailedAsInterruptedAtTheNextStart()
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateModelAsync(Deployments.Model("echo"));
            await Training.UploadAsync(server, "data", "in/a.csv", "1\n");
            await sageMaker.CreateTransformJobAsync(TransformJobs.Request("done", "echo", "s3://data/in/", "s3://data/done/"));
            await TransformJobs.WaitAsync(sageMaker, "done");
            host.Hold();
            string arn = (await sageMaker.CreateTransformJobAsync(TransformJobs.Request("running", "echo", "s3://data/in/", "s3://data/out/"))).TransformJobArn!;
            await sageMaker.AddTagsAsync(new AddTagsInput { ResourceArn = arn, Tags = new() { new Tag { Key = "team", Value = "ml" } } });

            await server.RestartAsync();
            host.Release();

            sageMaker = server.SageMaker();
            Assert.Equal(1, server.Server.InterruptedTransformJobs);
            DescribeTransformJobResponse running = await sageMaker.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = "running" });
            Assert.Equal(TransformJobStatus.Failed, running.TransformJobStatus);
            Assert.Contains("interrupted", running.FailureReason);
            Assert.Equal(TransformJobStatus.Completed, (await sageMaker.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = "done" })).TransformJobStatus);
            Assert.Equal("ml", Assert.Single((await sageMaker.ListTagsAsync(new ListTagsInput { ResourceArn = arn })).Tags!).Value);
        }
    }
}
