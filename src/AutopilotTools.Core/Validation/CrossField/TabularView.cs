using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField
{
    /// <summary>
    /// The tabular settings of a job, wherever the API keeps them: V2 in AutoMLProblemTypeConfig.TabularJobConfig,
    /// V1 in AutoMLJobConfig, the top-level ProblemType and the channels.
    /// </summary>
    internal sealed class TabularView
    {
        public TabularView(string? mode, string modePath, Located<List<AutoMLAlgorithmConfig>>? algorithms, string? problemType, string problemTypePath)
        {
            Mode = mode;
            ModePath = modePath;
            Algorithms = algorithms;
            ProblemType = problemType;
            ProblemTypePath = problemTypePath;
        }

        public string? Mode { get; }

        public string ModePath { get; }

        /// <summary>CandidateGenerationConfig.AlgorithmsConfig.</summary>
        public Located<List<AutoMLAlgorithmConfig>>? Algorithms { get; }

        public string? ProblemType { get; }

        public string ProblemTypePath { get; }

        /// <summary>Every sample weight column named, with its path (one in V2, one per channel in V1).</summary>
        public List<KeyValuePair<string, string>> SampleWeights { get; } = new List<KeyValuePair<string, string>>();
    }
}
