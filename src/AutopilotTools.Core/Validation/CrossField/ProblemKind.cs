namespace AutopilotTools.Validation.CrossField
{
    /// <summary>The problem type a job request is for; Unknown when a V2 union has not exactly one member set.</summary>
    internal enum ProblemKind
    {
        Unknown,
        Tabular,
        ImageClassification,
        TextClassification,
        TimeSeriesForecasting,
        TextGeneration,
    }
}
