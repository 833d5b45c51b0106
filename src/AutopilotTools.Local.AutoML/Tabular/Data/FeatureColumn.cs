namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>
    /// An input column the model reads, as persisted in each candidate's sidecar so prediction featurizes raw rows
    /// exactly as training did.
    /// </summary>
    /// <param name="Name">The column name in the data.</param>
    /// <param name="Kind">How it is featurized.</param>
    /// <param name="HasMissing">Whether training saw missing values (then a numeric column also gets a missing indicator).</param>
    internal sealed record FeatureColumn(string Name, ColumnKind Kind, bool HasMissing)
    {
        /// <summary>The ML.NET column holding the raw value; prefixed so no data column can collide with Label, Features, Score….</summary>
        public string ViewName => "in." + Name;

        public bool IsNumeric => Kind == ColumnKind.Numeric;
    }
}
