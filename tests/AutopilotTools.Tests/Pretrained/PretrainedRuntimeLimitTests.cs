using System;
using System.IO;
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
