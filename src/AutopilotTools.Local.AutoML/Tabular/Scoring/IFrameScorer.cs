using AutopilotTools.Local.AutoML.Tabular.Data;
using AutopilotTools.Local.AutoML.Tabular.Metrics;

namespace AutopilotTools.Local.AutoML.Tabular.Scoring
{
    /// <summary>Scores raw rows: what validation, permutation importance and prediction all go through.</summary>
    internal interface IFrameScorer
    {
        ScoreTable Score(FeatureFrame frame);
    }
}
