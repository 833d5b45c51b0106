namespace AutopilotTools.RunTests
{
    /// <summary>One suite's counts, and whether it ran to its end (a build failure or a crash counts no test).</summary>
    internal sealed record SuiteCounts(string Name, int Passed, int Failed, int Skipped, bool RanClean);
}
