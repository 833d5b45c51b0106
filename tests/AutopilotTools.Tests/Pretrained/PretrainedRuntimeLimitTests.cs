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
    /// <summary>MaxAutoMLJobRuntimeInSeconds on the job's clock: out of time before the candidate is saved, the job ends with none.</summary>
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
