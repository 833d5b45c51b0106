using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>
    /// Ctrl+C while Save-AutoMLJobArtifact waits on S3 (a GetObject answered only after a minute) ends it at once and
    /// leaves no file, finished or partial, in the folder.
    /// </summary>
    public sealed class SaveArtifactCancellationTests
    {
        private const string Listing = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">" +
            "<Name>bucket</Name><Prefix>job/report.html</Prefix><KeyCount>1</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>" +
            "<Contents><Key>job/report.html</Key><LastModified>2023-11-14T22:13:20.000Z</LastModified><ETag>&quot;9dd4e461268c8034f5c8564e155c67a6&quot;</ETag>" +
            "<Size>1</Size><StorageClass>STANDARD</StorageClass></Contents></ListBucketResult>";

        private static Reply Service(RecordedRequest request)
        {
            if (request.Operation == "DescribeAutoMLJobV2")
            {
                return Reply.Json(FakeSageMaker.DescribeJobV2("slow", "Completed", "Completed", ",\"AutoMLJobArtifacts\":{\"DataExplorationNotebookLocation\":\"s3://bucket/job/report.html\"}"));
            }

            var xml = new Dictionary<string, string> { ["Content-Type"] = "application/xml" };
            return (request.Method, request.Path) switch
            {
                ("GET", "/bucket/") => new Reply(200, Listing, xml),
                ("GET", "/bucket/job/report.html") => new Reply(200, "x", new Dictionary<string, string> { ["ETag"] = "\"9dd4e461268c8034f5c8564e155c67a6\"" }, TimeSpan.FromMinutes(1)),
                _ => Reply.Error(400, "Unexpected", request.Method + " " + request.Path),
            };
        }

        [Fact]
        public void StoppingThePipelineDuringADownloadEndsItAtOnceAndLeavesNoFile()
        {
            string folder = Path.Combine(Path.GetTempPath(), "artifacts-stop-" + Guid.NewGuid().ToString("N"));
            using var server = new LoopbackServer(Service);
            using var session = FakeSageMaker.SessionFor(server);
            var clock = new Stopwatch();
            try
            {
                RunResult result = session.RunScriptAndInterrupt("Save-AutoMLJobArtifact slow -Kind DataExploration -Path $args[0] @conn", shell =>
                {
                    Assert.True(server.WaitForRequests(3, TimeSpan.FromSeconds(30)), "the download never started");
                    clock.Start();
                    shell.Stop();
                }, folder);
                clock.Stop();

                Assert.Equal(PSInvocationState.Stopped, result.State);
                Assert.Empty(result.Output);
                Assert.Empty(result.Errors);
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"stopping took {clock.Elapsed}");
                Assert.Equal(new[] { "POST /", "GET /bucket/", "GET /bucket/job/report.html" }, server.Requests.Select(r => r.Method + " " + r.Path));
                Assert.Empty(Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : Array.Empty<string>());
            }
            finally
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        }
    }
}
