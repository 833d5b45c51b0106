namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// S3's rules for bucket names (the core's <see cref="Validation.S3BucketNames"/>, shared with the module). Names
    /// never reach the file system (blobs have generated names); checking them keeps what clients may create the
    /// same as in AWS.
    /// </summary>
    internal static class BucketNames
    {
        public static bool IsValid(string name) => Validation.S3BucketNames.IsValid(name);

        public static void Require(string name)
        {
            if (!IsValid(name))
            {
                throw new S3Error(400, "InvalidBucketName", "The specified bucket is not valid.", ("BucketName", name));
            }
        }
    }
}
