namespace AutopilotTools.Local.S3.Upload
{
    /// <summary>
    /// What an upload body turned out to be once stored and verified: its size, MD5 (the ETag of a simple object) and
    /// the additional checksum, when the client named an algorithm or the upload has one.
    /// </summary>
    internal sealed record ReceivedBody(long Size, byte[] Md5, string? ChecksumAlgorithm, string? ChecksumValue)
    {
        public string ETag => "\"" + System.Convert.ToHexString(Md5).ToLowerInvariant() + "\"";
    }
}
