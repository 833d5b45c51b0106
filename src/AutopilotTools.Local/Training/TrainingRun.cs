using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.SageMaker;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// One job's training: download its channels from the server's S3 store, run the engine, and keep the job's
    /// document with it. Each stage the engine reports (AnalyzingData, FeatureEngineering, TrainingModels or
    /// ModelTuning, GeneratingExplainabilityReport, GeneratingModelInsightsReport) becomes the job's secondary status;
    /// each candidate is saved, with its model archive uploaded, as soon as it finishes. At the end the reports are
    /// uploaded and the job turns Completed, Failed (with the engine's reason) or Stopped (keeping its candidates).
    /// <para>A stop of the server is not a stop of the job: the job is left InProgress, and the next start fails it
    /// as interrupted.</para>
    /// </summary>
    internal sealed class TrainingRun
    {
        private readonly TrainingServices _services;
        private readonly string _workDirectory;
        private readonly Dictionary<string, string> _modelUrls = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly HashSet<string> _saved = new HashSet<string>(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, string>> _artifactUrls = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        private string _jobName = string.Empty;
        private int _apiVersion;
        private string _lastStage = AutoMLJobSecondaryStatus.Starting;
        private JobArtifacts? _artifacts;
        private IProblemType? _problemType;
        private DescribeAutoMLJobV2Response? _request;

        public TrainingRun(TrainingServices services, string workDirectory)
        {
            _services = services;
            _workDirectory = workDirectory;
        }

        /// <param name="jobName">The job, created InProgress/Starting and not yet run.</param>
        /// <param name="stop">Ends the run: a StopAutoMLJob, or the server stopping (<paramref name="shutdown"/>).</param>
        /// <param name="shutdown">The server stopping.</param>
        public async Task RunAsync(string jobName, CancellationToken stop, CancellationToken shutdown)
        {
            JobRecord? job = await _services.Jobs.GetAsync(jobName, shutdown);
            if (job == null || job.Status != AutoMLJobStatus.InProgress)
            {
                // Stopped while it waited for a slot: it ends Stopped without having run.
                await EndAsync(job?.Name ?? jobName, AutoMLJobStatus.Stopped, AutoMLJobSecondaryStatus.Stopped, null, null, shutdown);
                return;
            }

            _jobName = job.Name;
            _apiVersion = job.ApiVersion;
            DescribeAutoMLJobV2Response request = TrainingRequests.Read(job);
            _request = request;
            try
            {
                _problemType = _services.ProblemTypes.Find(request.AutoMLProblemTypeConfigName)
                    ?? throw new JobFailure(UntrainedProblemTypes.Reason(request.AutoMLProblemTypeConfigName));
                _artifacts = await PrepareOutputAsync(request, stop);
                var input = new JobInput
                {
                    Request = request,
                    TrainingPaths = await DownloadAsync(request, AutoMLChannelType.Training, stop),
                    ValidationPaths = await DownloadAsync(request, AutoMLChannelType.Validation, stop),
                    OutputDirectory = Path.Combine(_workDirectory, "output"),
                    Clock = _services.Clock,
                };
                TrainingOutcome outcome = await TrainAsync(input, stop, shutdown);
                if (!shutdown.IsCancellationRequested)
                {
                    await FinishAsync(request, outcome, shutdown);
                }
            }
            catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
            {
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                await EndAsync(_jobName, AutoMLJobStatus.Stopped, AutoMLJobSecondaryStatus.Stopped, null, null, shutdown);
            }
            catch (Exception error) when (error is JobFailure || error is AutoMLDataException || error is AutoMLValidationException)
            {
                await EndAsync(_jobName, AutoMLJobStatus.Failed, AutoMLJobSecondaryStatus.Failed, error.Message, null, shutdown);
            }
            catch (Exception error) when (!shutdown.IsCancellationRequested)
            {
                _services.Diagnostics?.WriteLine($"Training AutoML job {_jobName} failed: {error}");
                await EndAsync(_jobName, AutoMLJobStatus.Failed, AutoMLJobSecondaryStatus.Failed, "The local training engine failed unexpectedly: " + error.Message, null, shutdown);
            }
        }

        /// <summary>The job's folder in its output path; the bucket must exist (or is made, with --auto-create-buckets).</summary>
        private async Task<JobArtifacts> PrepareOutputAsync(DescribeAutoMLJobV2Response request, CancellationToken cancellationToken)
        {
            S3Location output = S3Location.TryParse(request.OutputDataConfig!.S3OutputPath)!;
            if (!await _services.Objects.BucketExistsAsync(output.Bucket, cancellationToken))
            {
                if (!_services.AutoCreateBuckets)
                {
                    throw new JobFailure($"ClientError: The output path {output} is in bucket {output.Bucket}, which does not exist on the local server.");
                }

                await _services.Objects.EnsureBucketAsync(output.Bucket, cancellationToken);
            }

            return new JobArtifacts(_services.Objects, output.Combine(_jobName + "/"), Path.Combine(_workDirectory, "artifacts"));
        }

        private Task<IReadOnlyList<string>> DownloadAsync(DescribeAutoMLJobV2Response request, string channel, CancellationToken cancellationToken) =>
            new InputDownloader(_services.Objects).DownloadAsync(request, channel, Path.Combine(_workDirectory, "input", channel), cancellationToken);

        /// <summary>Runs the engine; its progress reports are handled in order, off the engine's threads.</summary>
        private async Task<TrainingOutcome> TrainAsync(JobInput input, CancellationToken stop, CancellationToken shutdown)
        {
            // Qualified: AutopilotTools.Model has the service's Channel (a training job's input channel) too.
            Channel<TrainingProgress> reports = System.Threading.Channels.Channel.CreateUnbounded<TrainingProgress>(new UnboundedChannelOptions { SingleReader = true });
            Task handler = HandleProgressAsync(reports.Reader, shutdown);
            try
            {
                return await _problemType!.TrainAsync(input, new ChannelProgress(reports.Writer), stop);
            }
            finally
            {
                reports.Writer.TryComplete();
                await handler;
            }
        }

        private async Task HandleProgressAsync(ChannelReader<TrainingProgress> reports, CancellationToken shutdown)
        {
            await foreach (TrainingProgress report in reports.ReadAllAsync(CancellationToken.None))
            {
                try
                {
                    if (report.SecondaryStatus != _lastStage && !IsFinal(report.SecondaryStatus))
                    {
                        _lastStage = report.SecondaryStatus;
                        await _services.Jobs.UpdateAsync(
                            _jobName,
                            job => job.Status == AutoMLJobStatus.InProgress ? JobTransitions.Progress(job, report.SecondaryStatus, Now()) : null,
                            shutdown);
                    }

                    foreach (CandidateResult candidate in report.Candidates.Where(c => !_saved.Contains(c.Name)))
                    {
                        await SaveCandidateAsync(candidate, report.Objective, null, shutdown);
                    }
                }
                catch (Exception error) when (!shutdown.IsCancellationRequested)
                {
                    // The end of the run saves what is missing again, and fails the job if it still cannot.
                    _services.Diagnostics?.WriteLine($"AutoML job {_jobName}: could not record progress: {error.Message}");
                }
            }
        }

        private async Task SaveCandidateAsync(CandidateResult candidate, ResolvedObjective? objective, Model.CandidateArtifactLocations? artifacts, CancellationToken cancellationToken)
        {
            if (candidate.Status == CandidateStatus.Completed && candidate.ModelDirectory != null && !_modelUrls.ContainsKey(candidate.Name))
            {
                _modelUrls[candidate.Name] = await _artifacts!.UploadModelAsync(candidate, cancellationToken);
            }

            if (candidate.Status == CandidateStatus.Completed && candidate.ArtifactFolders.Count > 0 && !_artifactUrls.ContainsKey(candidate.Name))
            {
                var urls = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (KeyValuePair<string, string> folder in candidate.ArtifactFolders)
                {
                    urls[folder.Key] = (await _artifacts!.UploadCandidateFolderAsync(candidate.Name, folder.Key, folder.Value, cancellationToken)).ToString();
                }

                _artifactUrls[candidate.Name] = urls;
            }

            Model.AutoMLCandidate document = Document(candidate, objective, artifacts);
            await _services.Candidates.PutAsync(
                new CandidateRecord(_jobName, candidate.Name, candidate.Status, document.CreationTime!.Value, candidate.ObjectiveValue, Documents.Serialize(document)),
                cancellationToken);

            // Its training job, so that clients following the candidate's step find it.
            DescribeTrainingJobResponse trainingJob = TrainingJobDocuments.Build(
                candidate, document, _request!, _artifacts!.ModelLocation(candidate.Name).ToString(), _artifacts.CandidatesRoot.ToString());
            await _services.TrainingJobs.PutAsync(new TrainingJobRecord(candidate.Name, _jobName, Documents.Serialize(trainingJob)), cancellationToken);
            _saved.Add(candidate.Name);
        }

        private Model.AutoMLCandidate Document(CandidateResult candidate, ResolvedObjective? objective, Model.CandidateArtifactLocations? artifacts) =>
            CandidateDocuments.Build(candidate, new CandidateContext(_services.Region, _apiVersion, objective, _modelUrls.GetValueOrDefault(candidate.Name), WithFolders(candidate, artifacts), _problemType!));

        /// <summary>The candidate's artifact locations with those of its uploaded folders (BacktestResults) set.</summary>
        private Model.CandidateArtifactLocations? WithFolders(CandidateResult candidate, Model.CandidateArtifactLocations? artifacts)
        {
            if (!_artifactUrls.TryGetValue(candidate.Name, out Dictionary<string, string>? urls))
            {
                return artifacts;
            }

            var locations = new Model.CandidateArtifactLocations
            {
                Explainability = artifacts?.Explainability,
                ModelInsights = artifacts?.ModelInsights,
                BacktestResults = artifacts?.BacktestResults,
            };
            foreach (KeyValuePair<string, string> url in urls)
            {
                switch (url.Key)
                {
                    case CandidateArtifactKinds.BacktestResults:
                        locations.BacktestResults = url.Value;
                        break;
                    default:
                        _services.Diagnostics?.WriteLine($"AutoML job {_jobName}: candidate {candidate.Name} has artifacts of kind {url.Key}, which no CandidateArtifactLocations member names.");
                        break;
                }
            }

            return locations;
        }

        /// <summary>Uploads the reports, saves every candidate as the outcome has it, and ends the job.</summary>
        private async Task FinishAsync(DescribeAutoMLJobV2Response request, TrainingOutcome outcome, CancellationToken cancellationToken)
        {
            var objective = new ResolvedObjective(outcome.ObjectiveMetric, outcome.ObjectiveType, outcome.ProblemType);
            foreach (string note in outcome.Notes)
            {
                _services.Diagnostics?.WriteLine($"AutoML job {_jobName}: {note}");
            }

            (_, S3Location dataReport) = await _artifacts!.UploadReportAsync(outcome.DataExplorationReport, "data-exploration", cancellationToken);
            Model.CandidateArtifactLocations? insights = null;
            if (outcome.ModelInsightsReport != null)
            {
                // The insights report holds the best candidate's permutation feature importance: its explainability.
                (S3Location prefix, _) = await _artifacts.UploadReportAsync(outcome.ModelInsightsReport, "model-insights", cancellationToken);
                insights = new Model.CandidateArtifactLocations { ModelInsights = prefix.ToString(), Explainability = prefix.ToString() };
            }

            foreach (CandidateResult candidate in outcome.Candidates)
            {
                await SaveCandidateAsync(candidate, objective, candidate == outcome.BestCandidate ? insights : null, cancellationToken);
            }

            var results = new JobResults
            {
                BestCandidate = outcome.BestCandidate == null ? null : Document(outcome.BestCandidate, objective, insights),
                DataExplorationLocation = dataReport.ToString(),
                Candidates = outcome.Candidates,
                Outcome = outcome,
                ProblemType = _problemType!,
            };
            bool completed = outcome.BestCandidate != null;
            string? deployFailure = completed && Deploys(request.ModelDeployConfig)
                ? await DeployAsync(results, request.ModelDeployConfig!, cancellationToken)
                : null;
            await EndAsync(
                _jobName,
                completed && deployFailure == null ? AutoMLJobStatus.Completed : AutoMLJobStatus.Failed,
                deployFailure != null ? AutoMLJobSecondaryStatus.ModelDeploymentError : outcome.SecondaryStatus,
                completed ? deployFailure : outcome.FailureReason ?? "No candidate completed.",
                document => results.WriteInto(document, _apiVersion, request),
                cancellationToken);
        }

        private static bool Deploys(ModelDeployConfig? config) => config != null && (config.AutoGenerateEndpointName == true || config.EndpointName != null);

        /// <summary>Deploys the best candidate (secondary status DeployingModel meanwhile); returns why it could not, or null.</summary>
        private async Task<string?> DeployAsync(JobResults results, ModelDeployConfig config, CancellationToken cancellationToken)
        {
            await _services.Jobs.UpdateAsync(
                _jobName,
                job => job.Status == AutoMLJobStatus.InProgress ? JobTransitions.Progress(job, AutoMLJobSecondaryStatus.DeployingModel, Now()) : null,
                cancellationToken);
            try
            {
                results.ModelDeployResult = new ModelDeployResult { EndpointName = await _services.Deployer.DeployAsync(results.BestCandidate!, config, cancellationToken) };
                return null;
            }
            catch (Exception error) when (error is SageMakerError || error is ArgumentException)
            {
                return $"The best candidate was trained, but its automatic deployment failed: {error.Message}";
            }
        }

        /// <summary>
        /// Ends a running job: Stopped if a stop was asked for (whatever the run came to), else as given.
        /// </summary>
        private async Task EndAsync(string jobName, string status, string secondaryStatus, string? failureReason, Action<System.Text.Json.Nodes.JsonObject>? results, CancellationToken cancellationToken)
        {
            await _services.Jobs.UpdateAsync(
                jobName,
                job =>
                {
                    if (!JobTransitions.IsRunning(job.Status))
                    {
                        return null;
                    }

                    bool stopped = job.Status == AutoMLJobStatus.Stopping || secondaryStatus == AutoMLJobSecondaryStatus.Stopped;
                    return stopped
                        ? JobTransitions.Finish(job, AutoMLJobStatus.Stopped, AutoMLJobSecondaryStatus.Stopped, Now(), null, results ?? (_ => { }))
                        : JobTransitions.Finish(job, status, secondaryStatus, Now(), failureReason, results ?? (_ => { }));
                },
                cancellationToken);
        }

        private DateTime Now() => JobClock.Now(_services.Clock);

        private static bool IsFinal(string secondaryStatus) =>
            secondaryStatus == AutoMLJobSecondaryStatus.Completed
            || secondaryStatus == AutoMLJobSecondaryStatus.Failed
            || secondaryStatus == AutoMLJobSecondaryStatus.Stopped
            || secondaryStatus == AutoMLJobSecondaryStatus.MaxCandidatesReached
            || secondaryStatus == AutoMLJobSecondaryStatus.MaxAutoMLJobRuntimeReached;

        /// <summary>Engine progress into the channel; never blocks the engine.</summary>
        private sealed class ChannelProgress : IProgress<TrainingProgress>
        {
            private readonly ChannelWriter<TrainingProgress> _writer;

            public ChannelProgress(ChannelWriter<TrainingProgress> writer) => _writer = writer;

            public void Report(TrainingProgress value) => _writer.TryWrite(value);
        }
    }
}
