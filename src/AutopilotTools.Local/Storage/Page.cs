using System.Collections.Generic;

namespace AutopilotTools.Local.Storage
{
    /// <summary>One page of a listing; <see cref="Next"/> is null on the last page.</summary>
    internal sealed record Page<T>(IReadOnlyList<T> Items, PageKey? Next);
}
