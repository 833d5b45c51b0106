namespace AutopilotTools.Catalog
{
    /// <summary>The environment variables through which Autopilot's inference containers are configured.</summary>
    public static class ContainerEnvironment
    {
        /// <summary>The response keys a container can answer, comma-separated.</summary>
        public const string SupportedKeys = "SAGEMAKER_INFERENCE_SUPPORTED";

        /// <summary>The keys the previous container of a pipeline hands this one.</summary>
        public const string InputKeys = "SAGEMAKER_INFERENCE_INPUT";

        /// <summary>The keys this container answers, in order.</summary>
        public const string OutputKeys = "SAGEMAKER_INFERENCE_OUTPUT";

        /// <summary>The answer's content type when a request's Accept leaves it open.</summary>
        public const string DefaultAccept = "SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT";

        /// <summary>
        /// The problem type a model serves, as its <c>AutoMLProblemTypeConfigName</c> (<c>TimeSeriesForecasting</c>, …).
        /// The local server's own, not a variable of the service's containers: it sets it on every candidate's
        /// inference container, and Invoke-AutoMLEndpoint reads it from the endpoint's model to know that an endpoint
        /// forecasts (history with a header in, a forecast with a header out) rather than predicting row by row.
        /// </summary>
        public const string ProblemType = "AUTOPILOT_PROBLEM_TYPE";
    }
}
