using System;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>Progress goes to stderr, so stdout carries only the table (and a child's one result line).</summary>
    internal static class Log
    {
        public static void Info(string message) => Console.Error.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");
    }
}
