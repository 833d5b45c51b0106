namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>Problem types as messages name them.</summary>
    internal static class ProblemNames
    {
        public static string Of(ProblemKind kind)
        {
            switch (kind)
            {
                case ProblemKind.Tabular:
                    return "tabular";
                case ProblemKind.ImageClassification:
                    return "image classification";
                case ProblemKind.TextClassification:
                    return "text classification";
                case ProblemKind.TimeSeriesForecasting:
                    return "time-series forecasting";
                case ProblemKind.TextGeneration:
                    return "text generation";
                default:
                    return "unknown";
            }
        }
    }
}
