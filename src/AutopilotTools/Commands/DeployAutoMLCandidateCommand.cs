using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.Catalog;
using AutopilotTools.Client.Errors;
using AutopilotTools.Deploying;
using AutopilotTools.Identity;
using AutopilotTools.Infrastructure;
using AutopilotTools.Mapping;
using AutopilotTools.Model;
using AutopilotTools.Requests;
using AutopilotTools.Resources;
using AutopilotTools.Validation;
using AutopilotTools.Waiting;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Deploys a candidate to a real-time endpoint: CreateModel from its inference containers, CreateEndpointConfig
    /// with one AllTraffic variant, CreateEndpoint. Takes a candidate object, or a job (its best candidate, or
    /// -CandidateName). With -Wait it waits until InService. If a step fails, the resources made so far are named
    /// in the error, and removed with -CleanupOnFailure; nothing is left behind silently.
    /// </summary>
    [Cmdlet("Deploy", "AutoMLCandidate", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = CandidateSet)]
    [OutputType(typeof(AutoMLDeployment))]
    public sealed class DeployAutoMLCandidateCommand : AutopilotCmdlet
    {
        private const string CandidateSet = "Candidate";
        private const string JobSet = "Job";

        /// <summary>A candidate from Get-AutoMLCandidate.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = CandidateSet)]
        public AutoMLCandidate? Candidate { get; set; }

        /// <summary>A job (name, ARN or object): its best candidate is deployed, or the one named by -CandidateName.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = JobSet)]
        [Alias("Name", "AutoMLJobArn")]
        [ArgumentCompleter(typeof(AutoMLJobNameCompleter))]
        public AutoMLJobIdentity? AutoMLJobName { get; set; }

        [Parameter(ParameterSetName = JobSet)]
        [ArgumentCompleter(typeof(CandidateNameCompleter))]
        public string? CandidateName { get; set; }

        /// <summary>The instance type of the endpoint, e.g. ml.m5.large.</summary>
        [Parameter(Mandatory = true)]
        [ApiEnum(typeof(ProductionVariantInstanceType))]
        [ArgumentCompleter(typeof(InstanceTypeCompleter))]
        public string? InstanceType { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int InitialInstanceCount { get; set; } = 1;

        [Parameter]
        public int? VolumeSizeInGB { get; set; }

        [Parameter]
        public int? ModelDataDownloadTimeoutInSeconds { get; set; }

        [Parameter]
        public int? ContainerStartupHealthCheckTimeoutInSeconds { get; set; }

        [Parameter]
        public string? KmsKeyId { get; set; }

        /// <summary>Tags for the model, config and endpoint: [{Key, Value}] or a hashtable of names to values.</summary>
        [Parameter]
        public object? Tags { get; set; }

        /// <summary>@{ SecurityGroupIds = …; Subnets = … } for the model.</summary>
        [Parameter]
        public object? VpcConfig { get; set; }

        [Parameter]
        public SwitchParameter EnableNetworkIsolation { get; set; }

        /// <summary>The role the model runs as; the job's role when absent.</summary>
        [Parameter]
        public string? ExecutionRoleArn { get; set; }

        /// <summary>CPU or GPU, for V2 candidates that offer containers per processing unit.</summary>
        [Parameter]
        [ApiEnum(typeof(AutoMLProcessingUnit))]
        public string? ProcessingUnit { get; set; }

        /// <summary>What the endpoint returns per row: predicted_label, probability, probabilities, labels.</summary>
        [Parameter]
        [Alias("InferenceResponseKeys")]
        [ValidateSet(InferenceResponseKeys.PredictedLabel, InferenceResponseKeys.Probability, InferenceResponseKeys.Probabilities, InferenceResponseKeys.Labels)]
        public string[]? InferenceResponseKey { get; set; }

        [Parameter]
        public string? EndpointName { get; set; }

        [Parameter]
        public string? EndpointConfigName { get; set; }

        [Parameter]
        public string? ModelName { get; set; }

        /// <summary>Wait until the endpoint is InService (or has failed).</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [SecondsTransformation]
        public TimeSpan? Timeout { get; set; }

        [Parameter]
        [SecondsTransformation]
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

        /// <summary>Remove what was created when a later step (or the endpoint) fails.</summary>
        [Parameter]
        public SwitchParameter CleanupOnFailure { get; set; }

        protected override void ProcessRecord()
        {
            AutoMLJobIdentity job = Candidate != null ? new AutoMLJobIdentity(Candidate) : AutoMLJobName!;
            ForJob(job, SageMakerOperations.DescribeAutoMLJobV2, jobName =>
            {
                // The job gives what is not given (its best candidate, the role to run the model as) and where its
                // training data is, whose header is the model's feature order; -WhatIf with both given reads nothing.
                DescribeAutoMLJobV2Response? described = Candidate != null && ExecutionRoleArn != null ? null : Describe(jobName);
                Model.AutoMLCandidate? candidate = Candidate ?? ChooseCandidate(jobName, described!);
                if (candidate == null)
                {
                    return;
                }

                DeploymentPlan? plan = Plan(candidate, described?.RoleArn);
                if (plan != null)
                {
                    Deploy(plan, jobName, described, candidate);
                }
            });
        }

        private Model.AutoMLCandidate? ChooseCandidate(string jobName, DescribeAutoMLJobV2Response job)
        {
            if (CandidateName == null)
            {
                if (job.BestCandidate == null)
                {
                    WriteError(ErrorRecords.Create(new InvalidOperationException(), ErrorIds.NoBestCandidate, ErrorCategory.ObjectNotFound, AutoMLJobName!.Input, jobName, job.AutoMLJobStatus, job.AutoMLJobSecondaryStatus));
                }

                return job.BestCandidate;
            }

            var request = new ListCandidatesForAutoMLJobRequest { AutoMLJobName = jobName, CandidateNameEquals = CandidateName };
            Model.AutoMLCandidate? named = Await(SageMaker.ListCandidatesForAutoMLJobAsync(request, CancelToken)).Candidates?.FirstOrDefault();
            if (named == null)
            {
                WriteError(ErrorRecords.Create(new ItemNotFoundException(), ErrorIds.CandidateNotFound, ErrorCategory.ObjectNotFound, CandidateName, CandidateName, jobName));
            }

            return named;
        }

        /// <summary>The three requests, checked by the validation core; null (errors written) when they cannot be made.</summary>
        private DeploymentPlan? Plan(Model.AutoMLCandidate candidate, string? jobRole)
        {
            var problems = new List<ValidationError>();
            var options = new DeploymentOptions
            {
                InstanceType = InstanceType,
                InitialInstanceCount = InitialInstanceCount,
                VolumeSizeInGB = VolumeSizeInGB,
                ModelDataDownloadTimeoutInSeconds = ModelDataDownloadTimeoutInSeconds,
                ContainerStartupHealthCheckTimeoutInSeconds = ContainerStartupHealthCheckTimeoutInSeconds,
                KmsKeyId = KmsKeyId,
                // Mapped through a request that has Tags, so the mapper's rules and paths apply as everywhere else.
                Tags = Tags == null ? null : RequestMapper.Map<CreateEndpointInput>(new Hashtable { ["Tags"] = MemberConveniences.Expand("Tags", Tags) }, problems)?.Tags,
                VpcConfig = VpcConfig == null ? null : RequestMapper.Map<VpcConfig>(VpcConfig, problems),
                EnableNetworkIsolation = EnableNetworkIsolation ? true : (bool?)null,
                ExecutionRoleArn = ExecutionRoleArn ?? jobRole,
                ProcessingUnit = ProcessingUnit,
                InferenceResponseKeys = InferenceResponseKey,
                EndpointName = EndpointName,
                EndpointConfigName = EndpointConfigName,
                ModelName = ModelName,
            };

            DeploymentPlan? plan = null;
            try
            {
                plan = DeploymentPlan.For(candidate, options, DateTime.UtcNow);
            }
            catch (ArgumentException e)
            {
                WriteError(ErrorRecords.Create(e, ErrorIds.CannotDeployCandidate, ErrorCategory.InvalidArgument, candidate.CandidateName, candidate.CandidateName, e.Message));
                return null;
            }

            problems.AddRange(RequestValidator.Validate(plan.Model).Concat(RequestValidator.Validate(plan.Config)).Concat(RequestValidator.Validate(plan.Endpoint)));
            foreach (ValidationError problem in problems)
            {
                WriteError(ErrorRecords.InvalidRequest(problem, candidate.CandidateName ?? string.Empty));
            }

            return problems.Count == 0 ? plan : null;
        }

        private DescribeAutoMLJobV2Response Describe(string jobName) =>
            Await(SageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = jobName }, CancelToken));

        private void Deploy(DeploymentPlan plan, string jobName, DescribeAutoMLJobV2Response? job, Model.AutoMLCandidate candidate)
        {
            string action = $"Create model '{plan.Model.ModelName}', endpoint config '{plan.Config.EndpointConfigName}' and endpoint ({InstanceType} x {InitialInstanceCount})";
            if (!ShouldProcess(plan.Endpoint.EndpointName, action))
            {
                return;
            }

            var deployment = new AutoMLDeployment
            {
                EndpointName = plan.Endpoint.EndpointName,
                EndpointConfigName = plan.Config.EndpointConfigName,
                ModelName = plan.Model.ModelName,
                AutoMLJobName = jobName,
                CandidateName = candidate.CandidateName,
                InstanceType = InstanceType,
                InitialInstanceCount = InitialInstanceCount,
                InferenceResponseKeys = InferenceResponseKey ?? Array.Empty<string>(),
                FeatureColumns = FeatureColumnsOf(job ?? Describe(jobName)),
            };

            var steps = new DeploymentSteps(SageMaker, call => Await(call), CancelToken);
            try
            {
                deployment.EndpointArn = steps.Create(plan);
                deployment.EndpointStatus = EndpointStatus.Creating;
                if (Wait)
                {
                    WaitUntilInService(deployment);
                }
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e) || e is EndpointFailedException)
            {
                ReportFailure(e, deployment, steps);
                return;
            }

            WriteApiObject(deployment);
        }

        /// <summary>Follows the endpoint with progress until it serves; Ctrl+C ends the wait at once.</summary>
        /// <exception cref="EndpointFailedException">It ended in another state, or the timeout passed.</exception>
        private void WaitUntilInService(AutoMLDeployment deployment)
        {
            string activity = "Deploying " + deployment.EndpointName;
            IEnumerable<PollEvent<DescribeEndpointOutput>> polls = new StatusPoller(PollCall, Pause).Poll(
                () => SageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = deployment.EndpointName }),
                endpoint => endpoint.EndpointStatus,
                new[] { EndpointStatus.Creating, EndpointStatus.Updating, EndpointStatus.SystemUpdating },
                EndpointStatus.Creating,
                PollInterval,
                Timeout);
            foreach (PollEvent<DescribeEndpointOutput> e in polls)
            {
                switch (e)
                {
                    case PollEvent<DescribeEndpointOutput>.Progress progress:
                        progress.Resource.EndpointArn ??= deployment.EndpointArn;
                        deployment.Update(progress.Resource);
                        WriteProgress(new ProgressRecord(1, activity, $"{progress.Status}, {Display.Duration(progress.Elapsed)}"));
                        break;
                    case PollEvent<DescribeEndpointOutput>.Ended { Status: EndpointStatus.InService }:
                        WriteProgress(new ProgressRecord(1, activity, EndpointStatus.InService) { RecordType = ProgressRecordType.Completed });
                        return;
                    case PollEvent<DescribeEndpointOutput>.Ended ended:
                        throw Failed(activity, $"the endpoint is {ended.Status}: {ended.Resource.FailureReason ?? "no reason given"}");
                    case PollEvent<DescribeEndpointOutput>.TimedOut timedOut:
                        throw Failed(activity, $"the endpoint was still {timedOut.Status} after {timedOut.Timeout}");
                }
            }
        }

        private EndpointFailedException Failed(string activity, string reason)
        {
            WriteProgress(new ProgressRecord(1, activity, reason) { RecordType = ProgressRecordType.Completed });
            return new EndpointFailedException(reason);
        }

        /// <summary>The model's feature order, for Invoke-AutoMLEndpoint to put rows given by name in; empty when it cannot be known.</summary>
        private string[] FeatureColumnsOf(DescribeAutoMLJobV2Response job)
        {
            TrainingFeaturesResult found = Await(TrainingFeatures.ReadAsync(Client.Connection.ClientCache.HeaderReader(Connection), job, CancelToken));
            if (found.Columns != null)
            {
                WriteVerbose($"The model takes the columns {string.Join(", ", found.Columns)} (the header of {found.Source}, less the target).");
                return found.Columns.ToArray();
            }

            string message = $"The feature order of the model is not known: {found.Reason}. Rows given by name need -Column (or [ordered] rows in training order) when invoked.";
            if (found.Failed)
            {
                WriteWarning(message);
            }
            else
            {
                WriteVerbose(message);
            }

            return Array.Empty<string>();
        }

        private void ReportFailure(Exception e, AutoMLDeployment deployment, DeploymentSteps steps)
        {
            string created = steps.Created.Count == 0 ? "nothing" : string.Join(", ", steps.Created.Select(c => $"{c.Kind} '{c.Name}'"));
            string cleanup = "they are left in place (use Remove-AutoMLDeployment, or -CleanupOnFailure)";
            if (CleanupOnFailure && steps.Created.Count > 0)
            {
                IReadOnlyList<string> left = steps.RemoveCreated();
                cleanup = left.Count == 0 ? "they have been removed" : "removing them failed for " + string.Join(", ", left);
            }

            string reason = e is EndpointFailedException failed ? failed.Message : e.Message;
            WriteError(ErrorRecords.Create(e, ErrorIds.DeploymentFailed, ErrorCategory.InvalidResult, deployment.EndpointName, deployment.EndpointName, reason, created, cleanup));
        }
    }
}
