using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// Object and part contents as files under <c>blobs/</c> in the data directory. Files get generated names, never a
    /// key or bucket name, so no request can name a path outside the directory. A blob is written to a temporary file
    /// and renamed in the same directory once complete and flushed to disk; the database row that makes it visible is
    /// written after the rename, so a crash leaves at worst an unreferenced file, which <see cref="Sweep"/> removes.
    /// </summary>
    internal sealed partial class BlobStore
    {
        private const string TemporarySuffix = ".tmp";

        public BlobStore(string dataDirectory)
        {
            Root = Path.Combine(dataDirectory, "blobs");
            Directory.CreateDirectory(Root);
        }

        public string Root { get; }

        /// <summary>Starts a new blob; write to <see cref="PendingBlob.Stream"/>, then commit it or dispose it.</summary>
        public PendingBlob Create()
        {
            string name = Guid.NewGuid().ToString("N");
            string final = PathOf(name);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            return new PendingBlob(name, final + TemporarySuffix, final);
        }

        /// <summary>Opens a blob for reading; it stays readable even if it is replaced or deleted meanwhile.</summary>
        public FileStream OpenRead(string name) =>
            new FileStream(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);

        /// <summary>Deletes a blob no row refers to any more. Failure only leaves a file for the next <see cref="Sweep"/>.</summary>
        public void Delete(string name)
        {
            try
            {
                File.Delete(PathOf(name));
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        /// <summary>
        /// Removes temporary files and blobs that no row refers to: what a crash between writing a file and
        /// committing (or deleting) its row leaves behind. Runs at startup, before any request.
        /// </summary>
        public int Sweep(ISet<string> referenced)
        {
            int removed = 0;
            foreach (string file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
            {
                string name = Path.GetFileName(file);
                if (name.EndsWith(TemporarySuffix, StringComparison.Ordinal) || !referenced.Contains(name))
                {
                    File.Delete(file);
                    removed++;
                }
            }

            return removed;
        }

        private string PathOf(string name)
        {
            // Names come from Create or from our own rows; checking them anyway keeps a damaged or edited database
            // from pointing outside the blob directory.
            if (!BlobName().IsMatch(name))
            {
                throw new InvalidDataException("Not a blob name: " + name);
            }

            return Path.Combine(Root, name.Substring(0, 2), name);
        }

        [GeneratedRegex("^[0-9a-f]{32}$")]
        private static partial Regex BlobName();
    }
}
