namespace AutopilotTools.Client.Pipeline
{
    /// <summary>The HTTP headers SageMaker Runtime maps InvokeEndpoint members to (locationName in the model).</summary>
    internal static class RuntimeHeaders
    {
        public const string ContentType = "Content-Type";
        public const string Accept = "Accept";
        public const string CustomAttributes = "X-Amzn-SageMaker-Custom-Attributes";
        public const string TargetModel = "X-Amzn-SageMaker-Target-Model";
        public const string TargetVariant = "X-Amzn-SageMaker-Target-Variant";
        public const string TargetContainerHostname = "X-Amzn-SageMaker-Target-Container-Hostname";
        public const string InferenceId = "X-Amzn-SageMaker-Inference-Id";
        public const string EnableExplanations = "X-Amzn-SageMaker-Enable-Explanations";
        public const string InferenceComponent = "X-Amzn-SageMaker-Inference-Component";
        public const string SessionId = "X-Amzn-SageMaker-Session-Id";
        public const string InvokedProductionVariant = "x-Amzn-Invoked-Production-Variant";
        public const string NewSessionId = "X-Amzn-SageMaker-New-Session-Id";
        public const string ClosedSessionId = "X-Amzn-SageMaker-Closed-Session-Id";
    }
}
