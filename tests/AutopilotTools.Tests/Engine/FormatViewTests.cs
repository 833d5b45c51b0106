using System.Linq;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>
    /// The default tables as an 80- and a 120-column console shows them: what people read is never cut, headers
    /// never wrap, times say they are UTC, numbers line up.
    /// </summary>
    public sealed class FormatViewTests
    {
        /// <summary>32 characters, the longest job name.</summary>
        private const string LongJob = "churn-retrain-2024-06-monthly-ab";

        private static readonly string Candidates = "{\"Candidates\":[" + Candidate($"{LongJob}-ensemble-003", "autopilot-local/ensemble", 1.0) + "," +
            Candidate($"{LongJob}-linear-learner-001", "autopilot-local/linear-learner", 0.0002) + "]}";

        private static string Candidate(string name, string image, double value) =>
            $"{{\"CandidateName\":\"{name}\",\"ObjectiveStatus\":\"Succeeded\",\"CandidateStatus\":\"Completed\",\"CandidateSteps\":[]," +
            $"\"FinalAutoMLJobObjectiveMetric\":{{\"MetricName\":\"F1\",\"Value\":{value.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}," +
            $"\"InferenceContainers\":[{{\"Image\":\"{image}\",\"ModelDataUrl\":\"s3://b/o/{LongJob}/candidates/{name}/model.tar.gz\"}}]," +
            "\"CreationTime\":1700000000,\"EndTime\":1700000003.4,\"LastModifiedTime\":1700000003.4}";

        private static readonly string Summaries = "{\"AutoMLJobSummaries\":[{\"AutoMLJobName\":\"" + LongJob + "\",\"AutoMLJobArn\":\"arn:aws:sagemaker:eu-west-3:1:automl-job/" + LongJob + "\"," +
            "\"AutoMLJobStatus\":\"Failed\",\"AutoMLJobSecondaryStatus\":\"MaxAutoMLJobRuntimeReached\",\"CreationTime\":1700000000,\"EndTime\":1700090000,\"LastModifiedTime\":1700090000}]}";

        private static Reply Service(RecordedRequest request) => request.Operation switch
        {
            "ListCandidatesForAutoMLJob" => Reply.Json(Candidates),
            "ListAutoMLJobs" => Reply.Json(Summaries),
            _ => Reply.Json(FakeSageMaker.DescribeJobV2(LongJob, "Completed", "MaxCandidatesReached", runSeconds: 4.5)),
        };

        /// <summary>What Out-Default shows at <paramref name="width"/> columns, blank lines left out, after checking no line is wider or wraps its header.</summary>
        private static string[] Table(string script, int width)
        {
            using var server = new LoopbackServer(Service);
            using var session = new PowerShellSession(consoleWidth: width).Set("conn", FakeSageMaker.Connection(server));
            string[] lines = session.RunScript(script + " | Out-Default").ThrowIfErrors().HostText.Split('\n').Where(l => l.Trim().Length > 0).ToArray();
            Assert.All(lines, line => Assert.True(line.TrimEnd().Length <= width, $"wider than {width}: {line}"));
            Assert.Matches("^[- ]+$", lines[1]);
            Assert.False(lines.Any(line => line.Contains('…')), string.Join("\n", lines));
            return lines;
        }

        [Fact]
        public void AJobShowsItsNameStatusAndRunTimeWholeAt80ColumnsAndEverythingAt120()
        {
            string[] narrow = Table("Get-AutoMLJobV2 @conn " + LongJob, 80);
            Assert.Matches(@"^AutoMLJobName\s+Status\s+SecondaryStatus\s+Elapsed$", narrow[0].TrimEnd());
            Assert.Matches($@"^{LongJob} Completed\s+MaxCandidatesReached\s+4\.5s$", narrow[2].TrimEnd());

            string[] wide = Table("Get-AutoMLJobV2 @conn " + LongJob, 120);
            Assert.Matches(@"^AutoMLJobName\s+Status\s+SecondaryStatus\s+Elapsed\s+ProblemType\s+Metric\s+Best$", wide[0]);
            Assert.Matches($@"^{LongJob} Completed\s+MaxCandidatesReached\s+4\.5s BinaryClassification\s+F1\s+0\.8765$", wide[2]);
        }

        [Fact]
        public void AListedJobShowsItsWholeSecondaryStatusAndTimesInUtc()
        {
            Assert.Matches($@"^{LongJob} Failed\s+MaxAutoMLJobRuntimeReached\s+1d 01:00$", Table("Get-AutoMLJobV2 @conn", 80)[2].TrimEnd());

            string[] wide = Table("Get-AutoMLJobV2 @conn", 120);
            Assert.Matches(@"^AutoMLJobName\s+Status\s+SecondaryStatus\s+Elapsed\s+Created \(UTC\)\s+Ended \(UTC\)$", wide[0]);
            Assert.Matches(@"1d 01:00 2023-11-14 22:13\s+2023-11-15 23:13$", wide[2]);
        }

        [Fact]
        public void CandidatesShowWholeNamesTheEnsemblesAlgorithmAndValuesToOnePrecision()
        {
            string[] narrow = Table("Get-AutoMLCandidate @conn " + LongJob, 80);
            Assert.Matches(@"^CandidateName\s+Value\s+Algorithm$", narrow[0].TrimEnd());
            Assert.Matches($@"^{LongJob}-ensemble-003\s+1\.0000 ensemble$", narrow[2].TrimEnd());
            Assert.Matches($@"^{LongJob}-linear-learner-001\s+0\.0002 linear-learner$", narrow[3].TrimEnd());

            string[] wide = Table("Get-AutoMLCandidate @conn " + LongJob, 120);
            Assert.Matches(@"^CandidateName\s+Value\s+Algorithm\s+Status\s+Metric\s+Elapsed$", wide[0]);
            Assert.Matches(@"ensemble\s+Completed\s+F1\s+3\.4s$", wide[2]);
        }

        [Fact]
        public void ADeploymentShowsItsWholeEndpointNameAndCreationInUtc()
        {
            const string script = "[AutopilotTools.AutoMLDeployment]@{ EndpointName = 'e' * 63; EndpointStatus = 'InService'; InstanceType = 'ml.g4dn.xlarge'; " +
                "InitialInstanceCount = 1; CreationTime = [datetime]::SpecifyKind([datetime]'2024-06-01 08:30', 'Utc') }";

            Assert.Matches("^e{63} InService$", Table(script, 80)[2].TrimEnd());
            string[] wide = Table(script, 120);
            Assert.Matches(@"^EndpointName\s+Status\s+InstanceType\s+Count Created \(UTC\)$", wide[0]);
            Assert.Matches(@"^e{63} InService\s+ml\.g4dn\.xlarge\s+1 2024-06-01 08:30$", wide[2]);
        }

        [Fact]
        public void ProbabilitiesShareOnePrecision()
        {
            string[] lines = Table("[AutopilotTools.Inference.Prediction]@{ PredictedLabel = 'yes'; Probability = 1 }, [AutopilotTools.Inference.Prediction]@{ PredictedLabel = 'no'; Probability = 0.0002 }", 80);

            Assert.Matches(@"^yes\s+1\.0000", lines[2]);
            Assert.Matches(@"^no\s+0\.0002", lines[3]);
        }
    }
}
