using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace AutopilotTools.Local.Training
{
    /// <summary>
    /// Local paths for downloaded objects that keep their keys' folders and names (an image's label folder is its
    /// label), never leaving the download folder: empty, "." and ".." segments are dropped, and a name met twice
    /// (keys that differ only in what was dropped) gets a number.
    /// </summary>
    internal sealed class LocalFileNames
    {
        private readonly string _directory;
        private readonly HashSet<string> _used = new HashSet<string>(StringComparer.Ordinal);

        public LocalFileNames(string directory) => _directory = directory;

        public string For(string relativeKey)
        {
            string[] segments = relativeKey.Split('/').Where(s => s.Length > 0 && s != "." && s != "..").ToArray();
            string relative = segments.Length == 0 ? "object" : Path.Combine(segments);
            string path = Path.Combine(_directory, relative);
            for (int n = 1; !_used.Add(path); n++)
            {
                path = Path.Combine(_directory, Path.GetDirectoryName(relative) ?? "", $"{Path.GetFileNameWithoutExtension(relative)}-{n}{Path.GetExtension(relative)}");
            }

            return path;
        }
    }
}
