using System;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.SageMaker.Endpoints;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.SageMaker.TransformJobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Local.Training;

namespace AutopilotTools.Local.SageMaker
{
    /// <summary>What the SageMaker operations work with: the stores, the background workers, and the server's settings.</summary>
    internal sealed record SageMakerServices(
        IJobStore Jobs,
        ICandidateStore Candidates,
        ITrainingJobStore TrainingJobs,
        IResourceStore Models,
        IResourceStore EndpointConfigs,
        IEndpointStore Endpoints,
        ITransformJobStore TransformJobs,
        ITagStore Tags,
        JobRunner Runner,
        JobStopWorker JobStopper,
        EndpointWorker EndpointWorker,
        TransformWorker TransformWorker,
        ProblemTypeRegistry ProblemTypes,
        string Region,
        TimeProvider Clock);
}
