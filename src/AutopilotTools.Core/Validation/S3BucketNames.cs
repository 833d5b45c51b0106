using System.Text.RegularExpressions;

namespace AutopilotTools.Validation
{
    /// <summary>
    /// S3's rules for (general purpose) bucket names: 3 to 63 characters of lowercase letters, digits, dots and
    /// hyphens, starting and ending with a letter or digit, no two dots together, not formatted as an IP address.
    /// The module checks the buckets of the paths it is given before any request; the local server refuses to create
    /// other names, as S3 does.
    /// </summary>
    public static class S3BucketNames
    {
        public const string Rule = "S3 bucket names are 3 to 63 lowercase letters, digits, dots and hyphens, start and end with a letter or digit, have no two dots together and are not IP addresses";

        private static readonly Regex Allowed = new Regex("^[a-z0-9.-]*$", RegexOptions.CultureInvariant);
        private static readonly Regex IpAddress = new Regex(@"^\d{1,3}(\.\d{1,3}){3}$", RegexOptions.CultureInvariant);

        public static bool IsValid(string name) => Problem(name) == null;

        /// <summary>What is wrong with <paramref name="name"/> as a bucket name, or null when nothing is.</summary>
        public static string? Problem(string name)
        {
            if (name.Length < 3 || name.Length > 63)
            {
                return $"it has {name.Length} character{(name.Length == 1 ? string.Empty : "s")}; bucket names have 3 to 63";
            }

            if (!Allowed.IsMatch(name))
            {
                return "it has characters other than lowercase letters, digits, dots and hyphens";
            }

            if (!char.IsLetterOrDigit(name[0]) || !char.IsLetterOrDigit(name[name.Length - 1]))
            {
                return "it does not start and end with a letter or digit";
            }

            if (name.Contains(".."))
            {
                return "it has two dots together";
            }

            return IpAddress.IsMatch(name) ? "it is formatted as an IP address" : null;
        }
    }
}
