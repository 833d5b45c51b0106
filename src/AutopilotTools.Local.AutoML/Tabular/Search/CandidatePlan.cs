using System.Collections.Generic;
using AutopilotTools.Local.AutoML.Tabular.Algorithms;

namespace AutopilotTools.Local.AutoML.Tabular.Search
{
    /// <summary>A candidate to train: its name, algorithm and hyperparameters, and its position in the search.</summary>
    internal sealed record CandidatePlan(int Number, string Name, ICandidateAlgorithm Algorithm, SortedDictionary<string, string> Hyperparameters);
}
