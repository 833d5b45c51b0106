using System.Net;
using System.Text.RegularExpressions;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// S3's rules for bucket names: 3 to 63 lowercase letters, digits, dots and hyphens, starting and ending with a
    /// letter or digit, no two dots together, not an IP address. Names never reach the file system (blobs have
    /// generated names); checking them keeps what clients may create the same as in AWS.
    /// </summary>
    internal static partial class BucketNames
    {
        public static bool IsValid(string name) =>
            Shape().IsMatch(name) && !name.Contains("..") && !IPAddress.TryParse(name, out _);

        public static void Require(string name)
        {
            if (!IsValid(name))
            {
                throw new S3Error(400, "InvalidBucketName", "The specified bucket is not valid.", ("BucketName", name));
            }
        }

        [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
        private static partial Regex Shape();
    }
}
