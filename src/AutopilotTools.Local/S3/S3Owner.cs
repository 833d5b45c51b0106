using System.Xml.Linq;

namespace AutopilotTools.Local.S3
{
    /// <summary>The owner of every bucket and object: the local account.</summary>
    internal static class S3Owner
    {
        public const string Id = "75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a";

        public const string DisplayName = "local";

        public static XElement Element() => S3Xml.E("Owner", S3Xml.E("ID", Id), S3Xml.E("DisplayName", DisplayName));
    }
}
