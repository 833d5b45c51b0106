using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Pretrained
{
    /// <summary>
    /// MaxAutoMLJobRuntimeInSeconds on the job's clock: out of time before the candidate is saved, the job ends with
    /// none; MaxRuntimePerTrainingJobInSeconds on it too: over it, the candidate fails.
    /// </summary>
    [Collection(PretrainedCollection.Name)]
    public sealed class PretrainedRuntimeLimitTests
    {
        [Fact]
        public async Task ATextJobOutOfTimeEndsMaxAutoMLJobRuntimeReachedWithNoCandidate()
        {
            var registry = new ProblemTypeRegistry();
            EngineAssemblies.LoadInto(registry, PretrainedEngine.Directory);
            string directory = Directory.CreateTempSubdirectory("autopilottools-limit").FullName;
            try
            {
                string csv = Path.Combine(directory, "texts.csv");
                File.WriteAllText(csv, TopicTexts.Csv(TopicTexts.Training()));
                var request = new DescribeAutoMLJobV2Response
                {
                    AutoMLJobName = "limited",
                    AutoMLProblemTypeConfigName = AutoMLProblemTypeConfigName.TextClassification,
                    AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig
                    {
                        TextClassificationJobConfig = new TextClassificationJobConfig
                        {
                            ContentColumn = "review",
                            TargetLabelColumn = "topic",
                            CompletionCriteria = new AutoMLJobCompletionCriteria { MaxAutoMLJobRuntimeInSeconds = 5 },
                        },
                    },
                };

                TrainingOutcome outcome = await registry.Find(AutoMLProblemTypeConfigName.TextClassification)!.TrainAsync(
                    new JobInput { Request = request, TrainingPaths = new[] { csv }, OutputDirectory = Path.Combine(directory, "out"), Clock = new LimitsComeAtOnce() },
                    null, CancellationToken.None);

                Assert.Equal(AutoMLJobSecondaryStatus.MaxAutoMLJobRuntimeReached, outcome.SecondaryStatus);
                Assert.Null(outcome.BestCandidate);
                Assert.Empty(outcome.Candidates);
                Assert.Equal("MaxAutoMLJobRuntimeInSeconds (5 s) ran out before the candidate finished training.", outcome.FailureReason);
                Assert.True(File.Exists(outcome.DataExplorationReport.JsonPath));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        /// <summary>
        /// MaxRuntimePerTrainingJobInSeconds limits the job's one candidate: over it (at once, on a clock whose timers
        /// fire when set, so no encoder can meet it), the candidate fails with the tabular engine's reason, and the job,
        /// having no other, fails with the service's; its ResolvedAttributes carry the objective and the limits applied.
        /// </summary>
        [Fact]
        public async Task ATextCandidateOverMaxRuntimePerTrainingJobFailsAndSoDoesTheJob()
        {
            await using Local.TestLocalServer server = await Local.TestLocalServer.StartWithPretrainedEngineAsync(new LimitsComeAtOnce());
            await PretrainedJobs.PutAsync(server, "data", "texts/train.csv", System.Text.Encoding.UTF8.GetBytes(TopicTexts.Csv(TopicTexts.Training())), "text/csv");
            Client.ISageMakerApi sageMaker = server.SageMaker();
            CreateAutoMLJobV2Request request = PretrainedJobs.Text("slow-texts", "s3://data/texts/", "review", "topic");
            request.AutoMLProblemTypeConfig!.TextClassificationJobConfig!.CompletionCriteria = new AutoMLJobCompletionCriteria { MaxRuntimePerTrainingJobInSeconds = 60 };
            await sageMaker.CreateAutoMLJobV2Async(request);

            (DescribeAutoMLJobV2Response job, _) = await Local.Training.WaitAsync(sageMaker, "slow-texts");
            Model.AutoMLCandidate candidate = Assert.Single((await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = "slow-texts" })).Candidates!);
            DescribeTrainingJobResponse trainingJob = await sageMaker.DescribeTrainingJobAsync(new DescribeTrainingJobRequest { TrainingJobName = candidate.CandidateName });

            const string reason = "Training ran longer than MaxRuntimePerTrainingJobInSeconds (60 s) and was stopped.";
            Assert.Equal((AutoMLJobStatus.Failed, AutoMLJobSecondaryStatus.Failed), (job.AutoMLJobStatus, job.AutoMLJobSecondaryStatus));
            Assert.Equal($"No candidate completed: {candidate.CandidateName}: {reason}", job.FailureReason);
            Assert.Equal((CandidateStatus.Failed, reason), (candidate.CandidateStatus, candidate.FailureReason));
            Assert.Equal(60, trainingJob.StoppingCondition!.MaxRuntimeInSeconds);
            Assert.Null(job.BestCandidate);
            Assert.Equal(AutoMLMetricEnum.Accuracy, job.ResolvedAttributes!.AutoMLJobObjective!.MetricName);
            AutoMLJobCompletionCriteria applied = job.ResolvedAttributes.CompletionCriteria!;
            Assert.Equal((1, 60, 2592000), (applied.MaxCandidates, applied.MaxRuntimePerTrainingJobInSeconds, applied.MaxAutoMLJobRuntimeInSeconds));
            Assert.Null(job.ResolvedAttributes.AutoMLProblemTypeResolvedAttributes);
        }

        /// <summary>The image engine's candidate is limited alike (the engine called as the server calls it).</summary>
        [Fact]
        public async Task AnImageCandidateOverMaxRuntimePerTrainingJobFailsAndSoDoesTheJob()
        {
            var registry = new ProblemTypeRegistry();
            EngineAssemblies.LoadInto(registry, PretrainedEngine.Directory);
            string directory = Directory.CreateTempSubdirectory("autopilottools-limit").FullName;
            try
            {
                var paths = ShapeImages.Make(perLabel: 3, seed: 1).Select(image =>
                {
                    string path = Path.Combine(directory, "images", image.Label, image.Name);
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllBytes(path, image.Png);
                    return path;
                }).ToList();
                var request = new DescribeAutoMLJobV2Response
                {
                    AutoMLJobName = "slow-shapes",
                    AutoMLProblemTypeConfigName = AutoMLProblemTypeConfigName.ImageClassification,
                    AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig
                    {
                        ImageClassificationJobConfig = new ImageClassificationJobConfig
                        {
                            CompletionCriteria = new AutoMLJobCompletionCriteria { MaxRuntimePerTrainingJobInSeconds = 1 },
                        },
                    },
                };

                TrainingOutcome outcome = await registry.Find(AutoMLProblemTypeConfigName.ImageClassification)!.TrainAsync(
                    new JobInput { Request = request, TrainingPaths = paths, OutputDirectory = Path.Combine(directory, "out"), Clock = new LimitsComeAtOnce() },
                    null, CancellationToken.None);

                CandidateResult candidate = Assert.Single(outcome.Candidates);
                Assert.Equal((CandidateStatus.Failed, "Training ran longer than MaxRuntimePerTrainingJobInSeconds (1 s) and was stopped."), (candidate.Status, candidate.FailureReason));
                Assert.Null(candidate.ModelPath);
                Assert.Equal(AutoMLJobSecondaryStatus.Failed, outcome.SecondaryStatus);
                Assert.Equal($"No candidate completed: {candidate.Name}: {candidate.FailureReason}", outcome.FailureReason);
                Assert.Null(outcome.BestCandidate);
                Assert.Equal((AutoMLMetricEnum.Accuracy, 1), (outcome.ObjectiveMetric, outcome.MaxCandidates));
                Assert.True(File.Exists(outcome.DataExplorationReport.JsonPath));
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        /// <summary>
        /// StopAutoMLJob while the encoder works (the stage after the data is read, which loads MiniLM, seconds on any
        /// machine) ends the job Stopped, not Failed: the engine's cancellation reaches the encoder.
        /// </summary>
        [Fact]
        public async Task ATextJobStoppedWhileEncodingEndsStopped()
        {
            await using Local.TestLocalServer server = await Local.TestLocalServer.StartWithPretrainedEngineAsync();
            // Forty copies of the texts: encoding them takes seconds even on a quiet machine, so the stop comes while it runs.
            var texts = Enumerable.Repeat(TopicTexts.Training(), 40).SelectMany(copy => copy);
            await PretrainedJobs.PutAsync(server, "data", "texts/train.csv", System.Text.Encoding.UTF8.GetBytes(TopicTexts.Csv(texts)), "text/csv");
            Client.ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobV2Async(PretrainedJobs.Text("stopped-texts", "s3://data/texts/", "review", "topic"));
            for (int poll = 0; poll < 2400; poll++)
            {
                var job = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "stopped-texts" });
                if (job.AutoMLJobSecondaryStatus == AutoMLJobSecondaryStatus.FeatureEngineering || job.AutoMLJobStatus != AutoMLJobStatus.InProgress)
                {
                    break;
                }

                await Task.Delay(25);
            }

            await sageMaker.StopAutoMLJobAsync(new StopAutoMLJobRequest { AutoMLJobName = "stopped-texts" });
            (DescribeAutoMLJobV2Response stopped, _) = await Local.Training.WaitAsync(sageMaker, "stopped-texts");

            Assert.Equal((AutoMLJobStatus.Stopped, AutoMLJobSecondaryStatus.Stopped), (stopped.AutoMLJobStatus, stopped.AutoMLJobSecondaryStatus));
            Assert.Null(stopped.FailureReason);
        }

        /// <summary>The system's clock, except that every timer fires at once: a runtime limit has run out as soon as it is set.</summary>
        private sealed class LimitsComeAtOnce : TimeProvider
        {
            public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
            {
                ThreadPool.QueueUserWorkItem(_ => callback(state));
                return new NoTimer();
            }

            private sealed class NoTimer : ITimer
            {
                public bool Change(TimeSpan dueTime, TimeSpan period) => true;

                public void Dispose()
                {
                }

                public ValueTask DisposeAsync() => ValueTask.CompletedTask;
            }
        }
    }
}
