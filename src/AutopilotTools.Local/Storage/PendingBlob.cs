using System;
using System.IO;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>A blob being written: a temporary file that becomes the blob on <see cref="CommitAsync"/>, or disappears.</summary>
    internal sealed class PendingBlob : IAsyncDisposable
    {
        private readonly string _temporaryPath;
        private readonly string _finalPath;
        private bool _committed;

        public PendingBlob(string name, string temporaryPath, string finalPath)
        {
            Name = name;
            _temporaryPath = temporaryPath;
            _finalPath = finalPath;
            Stream = new FileStream(temporaryPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        }

        public string Name { get; }

        public FileStream Stream { get; }

        /// <summary>Flushes the file to disk and renames it to its final name. The blob is not referenced yet.</summary>
        public async Task CommitAsync()
        {
            await Stream.FlushAsync();
            Stream.Flush(flushToDisk: true);
            await Stream.DisposeAsync();
            File.Move(_temporaryPath, _finalPath);
            _committed = true;
        }

        public async ValueTask DisposeAsync()
        {
            if (_committed)
            {
                return;
            }

            await Stream.DisposeAsync();
            try
            {
                File.Delete(_temporaryPath);
            }
            catch (IOException)
            {
                // Left for the startup sweep.
            }
        }
    }
}
