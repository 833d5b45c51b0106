namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>The service's answers about transform jobs that are not there or not in a state to be stopped.</summary>
    internal static class TransformJobErrors
    {
        /// <summary>
        /// SageMaker's answer for a transform job it does not know: a ValidationException, although the model lists
        /// ResourceNotFound (as for DescribeTrainingJob). Clients match these words.
        /// </summary>
        public static SageMakerError NotFound(string name) => SageMakerError.Validation($"Could not find requested job with name {name}");
    }
}
