namespace AutopilotTools.Local.AutoML
{
    /// <summary>The kinds of <see cref="CandidateResult.ArtifactFolders"/>: members of <c>CandidateArtifactLocations</c>.</summary>
    public static class CandidateArtifactKinds
    {
        /// <summary>A forecasting candidate's backtest forecasts and metrics (BacktestResultsLocation).</summary>
        public const string BacktestResults = "BacktestResults";
    }
}
