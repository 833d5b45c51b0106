using System.Diagnostics;
using System.IO;

namespace AutopilotTools.Bench.Throughput
{
    /// <summary>
    /// The floor for the S3 figures: the same bytes written to a file and read back with FileStream in the directory
    /// the server stores objects in. The write ends with an fsync, as the server's does before it makes an object
    /// visible; the read, like the server's GET of an object just written, is mostly served by the page cache.
    /// </summary>
    internal static class DiskTransfer
    {
        public static double WriteMBps(string path, byte[] data)
        {
            var clock = Stopwatch.StartNew();
            using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 81920))
            {
                file.Write(data);
                file.Flush(flushToDisk: true);
            }

            return data.Length / 1e6 / clock.Elapsed.TotalSeconds;
        }

        public static double ReadMBps(string path)
        {
            byte[] buffer = new byte[81920];
            long total = 0;
            var clock = Stopwatch.StartNew();
            using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
            {
                int read;
                while ((read = file.Read(buffer)) > 0)
                {
                    total += read;
                }
            }

            return total / 1e6 / clock.Elapsed.TotalSeconds;
        }
    }
}
