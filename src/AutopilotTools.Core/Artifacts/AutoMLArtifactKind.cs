namespace AutopilotTools
{
    /// <summary>
    /// What a job artifact is, named after the API member that says where it is. The first two belong to the job
    /// (AutoMLJobArtifacts), the rest to a candidate (CandidateArtifactLocations, and its inference containers' model data).
    /// </summary>
    public enum AutoMLArtifactKind
    {
        /// <summary>AutoMLJobArtifacts.DataExplorationNotebookLocation: the data exploration notebook or report.</summary>
        DataExploration,

        /// <summary>AutoMLJobArtifacts.CandidateDefinitionNotebookLocation: the candidate definition notebook.</summary>
        CandidateDefinitions,

        /// <summary>CandidateArtifactLocations.ModelInsights: the model insights (quality) report.</summary>
        ModelInsights,

        /// <summary>CandidateArtifactLocations.Explainability: the explainability report (SHAP or feature importance).</summary>
        Explainability,

        /// <summary>CandidateArtifactLocations.BacktestResults: a forecasting candidate's backtest results.</summary>
        BacktestResults,

        /// <summary>InferenceContainers[].ModelDataUrl: the candidate's model archives (model.tar.gz).</summary>
        Model,
    }
}
