using System;
using System.IO;
using System.Linq;

namespace AutopilotTools.Artifacts
{
    /// <summary>
    /// The local file an S3 object of an artifact lands in. Object keys are chosen by whoever wrote them, so a key
    /// that would climb out of the destination (a <c>..</c> segment, a rooted path) or that names no file gets no path.
    /// </summary>
    public static class ArtifactPaths
    {
        /// <summary>
        /// <paramref name="root"/>/<paramref name="folder"/>/<paramref name="relativeKey"/> as a full local path,
        /// or null when the key names no file inside that folder.
        /// </summary>
        public static string? LocalPath(string root, string folder, string relativeKey)
        {
            string[] segments = (folder + "/" + relativeKey).Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
            if (relativeKey.Trim('/').Length == 0 || relativeKey.EndsWith("/", StringComparison.Ordinal)
                || segments.Any(s => s == "." || s == ".." || s.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0))
            {
                return null;
            }

            string fullRoot = Path.GetFullPath(root);
            string path = Path.GetFullPath(Path.Combine(new[] { fullRoot }.Concat(segments).ToArray()));
            string inside = fullRoot.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? fullRoot : fullRoot + Path.DirectorySeparatorChar;
            return path.StartsWith(inside, StringComparison.Ordinal) ? path : null;
        }
    }
}
