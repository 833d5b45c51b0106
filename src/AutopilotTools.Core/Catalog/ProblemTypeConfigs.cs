using AutopilotTools.Model;

namespace AutopilotTools.Catalog
{
    /// <summary>What every member of the <c>AutoMLProblemTypeConfig</c> union has, read from whichever is set.</summary>
    public static class ProblemTypeConfigs
    {
        /// <summary>The completion criteria of the set member; null when none is set or it has none.</summary>
        public static AutoMLJobCompletionCriteria? CompletionCriteriaOf(AutoMLProblemTypeConfig? config) =>
            config?.TabularJobConfig?.CompletionCriteria
            ?? config?.TimeSeriesForecastingJobConfig?.CompletionCriteria
            ?? config?.TextClassificationJobConfig?.CompletionCriteria
            ?? config?.ImageClassificationJobConfig?.CompletionCriteria
            ?? config?.TextGenerationJobConfig?.CompletionCriteria;
    }
}
