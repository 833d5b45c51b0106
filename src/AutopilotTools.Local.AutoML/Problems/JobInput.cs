using System;
using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Problems
{
    /// <summary>One job as the engine trains it: the request as the V2 API describes it and the channels' files, downloaded.</summary>
    public sealed class JobInput
    {
        /// <summary>The job's V2 describe document (a V1 job read as V2), with its problem type's config.</summary>
        public DescribeAutoMLJobV2Response Request { get; init; } = new DescribeAutoMLJobV2Response();

        /// <summary>The training channel's files, in the order the channel lists them.</summary>
        public IReadOnlyList<string> TrainingPaths { get; init; } = Array.Empty<string>();

        /// <summary>The validation channel's files; empty when the job has none.</summary>
        public IReadOnlyList<string> ValidationPaths { get; init; } = Array.Empty<string>();

        /// <summary>Where models, sidecars and reports are written; created when missing.</summary>
        public string OutputDirectory { get; init; } = "";

        /// <summary>The clock runtime limits run on (the system's; a test's own, so a limit comes when it says).</summary>
        public TimeProvider Clock { get; init; } = TimeProvider.System;
    }
}
