namespace AutopilotTools.Model.Runtime
{
    /// <summary>
    /// SageMaker Runtime InvokeEndpoint request (REST-JSON): the endpoint goes in the path, the body is sent as it is,
    /// every other member travels as an HTTP header.
    /// </summary>
    public sealed class InvokeEndpointInput
    {
        public string? EndpointName { get; set; }

        public byte[]? Body { get; set; }

        public string? ContentType { get; set; }

        public string? Accept { get; set; }

        public string? CustomAttributes { get; set; }

        public string? TargetModel { get; set; }

        public string? TargetVariant { get; set; }

        public string? TargetContainerHostname { get; set; }

        public string? InferenceId { get; set; }

        public string? EnableExplanations { get; set; }

        public string? InferenceComponentName { get; set; }

        public string? SessionId { get; set; }
    }
}
