namespace AutopilotTools.Local.Hosting.Faults
{
    /// <summary>What an injected fault does to a request; the admin call names them throttling, 500, 503, slow and drop.</summary>
    internal enum FaultKind
    {
        /// <summary>The service's throttling error: SageMaker's 400 ThrottlingException, S3's 503 SlowDown.</summary>
        Throttling,

        /// <summary>500: SageMaker's InternalFailure, S3's InternalError.</summary>
        InternalError,

        /// <summary>503 ServiceUnavailable.</summary>
        ServiceUnavailable,

        /// <summary>A pause before the request is served as usual: not a failure, only late.</summary>
        Slow,

        /// <summary>The connection is closed with no response at all.</summary>
        Drop,
    }
}
