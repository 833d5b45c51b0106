namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>Why a request was refused; each service names each in its own words (<see cref="SignatureResponses"/>).</summary>
    internal enum SignatureProblem
    {
        /// <summary>No signature at all: neither an Authorization header nor X-Amz-* query parameters.</summary>
        Unsigned,

        /// <summary>A signature with parts missing or malformed (no Credential, no date, a scope that is not five parts).</summary>
        Incomplete,

        /// <summary>The scope names another region or service than the server's.</summary>
        WrongScope,

        /// <summary>S3's x-amz-content-sha256 is missing or is none of the forms S3 takes.</summary>
        ContentSha256,

        /// <summary>An access key the server was not given.</summary>
        UnknownKey,

        /// <summary>The signature (of the request, or of a chunk or the trailer) is not the one the secret gives.</summary>
        Mismatch,

        /// <summary>The request's date is more than 15 minutes from the server's clock.</summary>
        Skewed,

        /// <summary>A presigned URL used after X-Amz-Date + X-Amz-Expires, or before its date.</summary>
        Expired,
    }
}
