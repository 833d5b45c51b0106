using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Problems
{
    /// <summary>
    /// One problem type the local engine trains and serves (a member of <c>AutoMLProblemTypeConfig</c>). The server
    /// knows problem types only through this: it checks a request, trains a job and loads a candidate's model with
    /// the one registered under the job's <see cref="ConfigName"/>. A new problem type is a folder implementing it
    /// plus one line in <see cref="ProblemTypeRegistry"/> (or an optional engine assembly the server loads).
    /// </summary>
    public interface IProblemType
    {
        /// <summary>The <c>AutoMLProblemTypeConfigName</c> value this trains (<c>Tabular</c>, <c>TimeSeriesForecasting</c>, …).</summary>
        string ConfigName { get; }

        /// <summary>
        /// Why the local engine cannot train this request, in sentences a ValidationException carries; empty when it
        /// can. Called when the job is created, before any data is read, so such jobs are refused up front rather than
        /// failing later (<see cref="TrainingChannels.Unsupported"/> words what the engine does not support).
        /// </summary>
        IReadOnlyList<string> Check(DescribeAutoMLJobV2Response request);

        /// <summary>Trains a job: reports stages and finished candidates through <paramref name="progress"/>.</summary>
        /// <exception cref="AutoMLDataException">The data cannot be trained on; the message is the job's failure reason.</exception>
        /// <exception cref="AutoMLValidationException">The request cannot be trained (what <see cref="Check"/> says).</exception>
        Task<TrainingOutcome> TrainAsync(JobInput input, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken);

        /// <summary>
        /// The environment of a completed candidate's inference container (e.g. the response keys it supports), as
        /// the service's Autopilot containers carry it.
        /// </summary>
        IReadOnlyDictionary<string, string> InferenceEnvironment(ResolvedObjective objective);

        /// <summary>The problem type's member of a finished V2 job's <c>ResolvedAttributes</c>; null when the API has none for it.</summary>
        AutoMLProblemTypeResolvedAttributes? ResolvedAttributes(TrainingOutcome outcome);

        /// <summary>Loads a candidate's unpacked model directory for an endpoint, configured by its container's environment.</summary>
        /// <exception cref="ModelConfigurationException">The environment asks for what this model cannot answer.</exception>
        /// <exception cref="System.IO.InvalidDataException">The model files cannot be read.</exception>
        IEndpointModel LoadModel(string modelDirectory, IReadOnlyDictionary<string, string> environment);
    }
}
