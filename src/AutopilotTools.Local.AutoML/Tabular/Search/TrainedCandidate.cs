using System.Collections.Generic;
using AutopilotTools.Local.AutoML.Tabular.Scoring;

namespace AutopilotTools.Local.AutoML.Tabular.Search
{
    /// <summary>A candidate that trained: how to score with it, its validation metrics, where it was saved.</summary>
    internal sealed record TrainedCandidate(IFrameScorer Scorer, Dictionary<string, double> Metrics, double Objective, string Directory, string ModelPath);
}
