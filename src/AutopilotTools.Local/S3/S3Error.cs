using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// An error as S3 answers it: an XML <c>&lt;Error&gt;</c> with Code, Message, the resource it concerns and the
    /// RequestId, and the HTTP status clients map the code from.
    /// </summary>
    internal sealed class S3Error : Exception
    {
        public S3Error(int status, string code, string message, params (string Name, string Value)[] details)
            : base(message)
        {
            Status = status;
            Code = code;
            Details = details;
        }

        public int Status { get; }

        public string Code { get; }

        /// <summary>Members S3 adds to the error document (BucketName, Key, UploadId, ActualObjectSize, ...).</summary>
        public IReadOnlyList<(string Name, string Value)> Details { get; }

        public static S3Error NoSuchBucket(string bucket) =>
            new S3Error(404, "NoSuchBucket", "The specified bucket does not exist", ("BucketName", bucket));

        public static S3Error NoSuchKey(string key) =>
            new S3Error(404, "NoSuchKey", "The specified key does not exist.", ("Key", key));

        public static S3Error NoSuchUpload(string uploadId) =>
            new S3Error(404, "NoSuchUpload", "The specified upload does not exist. The upload ID may be invalid, or the upload may have been aborted or completed.", ("UploadId", uploadId));

        public static S3Error InvalidArgument(string message, string name, string value) =>
            new S3Error(400, "InvalidArgument", message, ("ArgumentName", name), ("ArgumentValue", value));

        public static S3Error InvalidRequest(string message) => new S3Error(400, "InvalidRequest", message);

        public static S3Error MalformedXml() =>
            new S3Error(400, "MalformedXML", "The XML you provided was not well-formed or did not validate against our published schema");

        public static S3Error NotImplemented(string what) =>
            new S3Error(501, "NotImplemented", $"A header or query you provided implies functionality that is not implemented: {what}");

        public static S3Error BadDigest(string algorithm) =>
            new S3Error(400, "BadDigest", $"The {algorithm} you specified did not match the calculated checksum.");
    }
}
