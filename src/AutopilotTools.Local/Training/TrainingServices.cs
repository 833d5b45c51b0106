using System;
using System.IO;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.Storage;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// What a training run works with: the job, candidate and training-job stores, the server's S3 store, the problem
    /// types its engines train, what deploys a job's best candidate, and the server's settings.
    /// </summary>
    internal sealed record TrainingServices(
        ProblemTypeRegistry ProblemTypes,
        IJobStore Jobs,
        ICandidateStore Candidates,
        ITrainingJobStore TrainingJobs,
        LocalObjects Objects,
        IJobDeployer Deployer,
        string Region,
        bool AutoCreateBuckets,
        TimeProvider Clock,
        TextWriter? Diagnostics);
}
