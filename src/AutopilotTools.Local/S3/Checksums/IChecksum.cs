using System;

namespace AutopilotTools.Local.S3.Checksums
{
    /// <summary>A running checksum over a body, in the form S3's x-amz-checksum-* headers carry it (base64 of the big-endian value).</summary>
    internal interface IChecksum : IDisposable
    {
        void Append(ReadOnlySpan<byte> data);

        string ToBase64();
    }
}
