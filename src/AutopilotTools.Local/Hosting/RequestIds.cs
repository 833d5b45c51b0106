using System;
using System.Security.Cryptography;

namespace AutopilotTools.Local.Hosting
{
    /// <summary>Request ids in the forms the services use, so clients that log or parse them see the familiar shapes.</summary>
    internal static class RequestIds
    {
        /// <summary>SageMaker's x-amzn-RequestId: a GUID.</summary>
        public static string SageMaker() => Guid.NewGuid().ToString("D");

        /// <summary>S3's x-amz-request-id: 16 upper-case hex digits.</summary>
        public static string S3() => Convert.ToHexString(RandomNumberGenerator.GetBytes(8));

        /// <summary>S3's x-amz-id-2 (host id): opaque base64.</summary>
        public static string S3HostId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
    }
}
