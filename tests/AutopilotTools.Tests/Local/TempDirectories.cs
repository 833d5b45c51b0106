using System;
using System.IO;
using System.Threading;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Makes and removes the tests' temporary data directories.</summary>
    internal static class TempDirectories
    {
        public static string Create()
        {
            string path = Path.Combine(Path.GetTempPath(), "autopilot-local-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return path;
        }

        /// <summary>Removes a directory; a few tries, since a just-stopped process may still hold a file on Windows.</summary>
        public static void Remove(string path)
        {
            for (int attempt = 0; attempt < 5; attempt++)
            {
                try
                {
                    if (Directory.Exists(path))
                    {
                        Directory.Delete(path, recursive: true);
                    }

                    return;
                }
                catch (IOException) when (attempt < 4)
                {
                    Thread.Sleep(100);
                }
                catch (UnauthorizedAccessException) when (attempt < 4)
                {
                    Thread.Sleep(100);
                }
            }
        }
    }
}
