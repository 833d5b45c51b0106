using System;
using System.IO;
using System.Runtime.InteropServices;

namespace AutopilotTools.Loading
{
    /// <summary>
    /// Which folder of precompiled (ReadyToRun) images suits this process, if any: the build lays them out as
    /// <c>ready-to-run/net&lt;major&gt;.0/&lt;os&gt;-&lt;arch&gt;/</c> (ReadyToRun.targets). .NET refuses an image
    /// built for another platform, so only an exact match is taken; an image is compiled against one .NET, so only
    /// that version or a later one takes it. Otherwise the IL in <c>dependencies/</c> serves, as on any other platform.
    /// </summary>
    internal static class ReadyToRunImages
    {
        internal const string FolderName = "ready-to-run";

        /// <summary>The folder for this process, or null when there is none.</summary>
        public static string? FolderFor(string moduleFolder) =>
            FolderFor(moduleFolder, Environment.Version, Platform(RuntimeInformation.IsOSPlatform, RuntimeInformation.ProcessArchitecture));

        internal static string? FolderFor(string moduleFolder, Version runtime, string? platform)
        {
            string root = Path.Combine(moduleFolder, FolderName);
            if (platform == null || !Directory.Exists(root))
            {
                return null;
            }

            // The newest .NET the images were compiled for that is not newer than the one running. A loop, not a
            // query: this runs at import, where every generic instantiation would be compiled on the spot.
            string? chosen = null;
            int chosenMajor = -1;
            foreach (string folder in Directory.GetDirectories(root, "net*"))
            {
                string images = Path.Combine(folder, platform);
                if (MajorOf(Path.GetFileName(folder)) is int major && major <= runtime.Major && major > chosenMajor && Directory.Exists(images))
                {
                    chosen = images;
                    chosenMajor = major;
                }
            }

            return chosen;
        }

        /// <summary>The platform as the folder names it (linux-x64, osx-arm64, win-x64 …), or null for one without images.</summary>
        internal static string? Platform(Func<OSPlatform, bool> isOS, Architecture architecture)
        {
            string? os = isOS(OSPlatform.Windows) ? "win" : isOS(OSPlatform.Linux) ? "linux" : isOS(OSPlatform.OSX) ? "osx" : null;
            string? arch = architecture == Architecture.X64 ? "x64" : architecture == Architecture.Arm64 ? "arm64" : null;
            return os == null || arch == null ? null : os + "-" + arch;
        }

        /// <summary>10 for "net10.0".</summary>
        private static int? MajorOf(string folderName)
        {
            string version = folderName.Substring(3);
            int dot = version.IndexOf('.');
            return int.TryParse(dot < 0 ? version : version.Substring(0, dot), out int major) ? major : (int?)null;
        }
    }
}
