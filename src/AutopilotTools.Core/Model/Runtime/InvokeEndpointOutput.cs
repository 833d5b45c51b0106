namespace AutopilotTools.Model.Runtime
{
    /// <summary>SageMaker Runtime InvokeEndpoint response: the container's body as it answered, and the headers.</summary>
    public sealed class InvokeEndpointOutput
    {
        public byte[]? Body { get; set; }

        public string? ContentType { get; set; }

        public string? InvokedProductionVariant { get; set; }

        public string? CustomAttributes { get; set; }

        public string? NewSessionId { get; set; }

        public string? ClosedSessionId { get; set; }
    }
}
