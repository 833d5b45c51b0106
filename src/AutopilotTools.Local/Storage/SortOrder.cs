namespace AutopilotTools.Local.Storage
{
    /// <summary>How a listing is ordered: a column, its direction, and the name column that breaks ties.</summary>
    internal sealed record SortOrder(string Column, bool Descending, string NameColumn);
}
