using System;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>The machine a run was measured on, for the table's heading.</summary>
    internal static class MachineInfo
    {
        public static string Describe() =>
            $"{Environment.ProcessorCount} cores, {MemoryGiB():0.#} GiB memory, {RuntimeInformation.OSDescription.Trim()} ({RuntimeInformation.OSArchitecture}), " +
            $"{RuntimeInformation.FrameworkDescription}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC";

        /// <summary>
        /// The system load averages (1, 5, 15 minutes) where the system publishes them: on a shared machine they say how
        /// much else was running, which the same-run references can only partly cancel.
        /// </summary>
        public static string LoadAverage()
        {
            const string loadavg = "/proc/loadavg";
            return File.Exists(loadavg) ? string.Join(" ", File.ReadAllText(loadavg).Split(' ').Take(3)) : "not published on this system";
        }

        /// <summary>Physical memory: /proc/meminfo where there is one, else what the GC is allowed to use.</summary>
        private static double MemoryGiB()
        {
            const string meminfo = "/proc/meminfo";
            if (File.Exists(meminfo))
            {
                string? total = File.ReadLines(meminfo).FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
                if (total != null && long.TryParse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out long kib))
                {
                    return kib / 1024.0 / 1024.0;
                }
            }

            return GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024.0 / 1024.0;
        }
    }
}
