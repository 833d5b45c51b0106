using AutopilotTools.Local.AutoML.Data;
using AutopilotTools.Local.AutoML.Metrics;

namespace AutopilotTools.Local.AutoML.Scoring
{
    /// <summary>Scores raw rows: what validation, permutation importance and prediction all go through.</summary>
    internal interface IFrameScorer
    {
        ScoreTable Score(FeatureFrame frame);
    }
}
