namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// Where a page ended: the sort value and the name of its last row. The next page starts after it, so rows added
    /// or removed between pages do not shift what a client sees (an offset would repeat or skip rows).
    /// </summary>
    /// <param name="Value">The last row's sort value: a string, or a double for times and metric values; null sorts first.</param>
    internal sealed record PageKey(object? Value, string Name);
}
