using System;
using System.IO;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>A directory under the system temp folder that is removed, with everything in it, on dispose.</summary>
    internal sealed class TempDirectory : IDisposable
    {
        public TempDirectory(string purpose)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"autopilot-bench-{purpose}-{Guid.NewGuid():N}");
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException e)
            {
                Log.Info($"could not remove {Path}: {e.Message}");
            }
        }
    }
}
