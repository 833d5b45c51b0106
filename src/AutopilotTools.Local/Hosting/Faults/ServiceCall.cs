namespace AutopilotTools.Local.Hosting.Faults
{
    /// <summary>
    /// Which service a request speaks and what it asks, as fault plans name them: <c>SageMaker.DescribeAutoMLJobV2</c>,
    /// <c>SageMakerRuntime.InvokeEndpoint</c>, and for S3 its HTTP method (<c>S3.PUT</c>, <c>S3.GET</c>, ...).
    /// </summary>
    internal sealed record ServiceCall(string Service, string Operation)
    {
        public const string SageMaker = "SageMaker";
        public const string SageMakerRuntime = "SageMakerRuntime";
        public const string S3 = "S3";

        public string Name => Service + "." + Operation;
    }
}
