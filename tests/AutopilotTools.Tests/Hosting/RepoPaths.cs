using System;
using System.IO;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>Where the repository, the built module and the shared reference material are.</summary>
    public static class RepoPaths
    {
        public static string Root { get; } = FindRoot();

        /// <summary>The manifest of the module as `dotnet build` lays it out; tests import exactly this.</summary>
        public static string ModuleManifest => Path.Combine(Root, "out", "AutopilotTools", "AutopilotTools.psd1");

        public static string ModuleDirectory => Path.GetDirectoryName(ModuleManifest)!;

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AutopilotTools.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("The tests must run from inside the repository (no AutopilotTools.sln above " + AppContext.BaseDirectory + ").");
        }
    }
}
