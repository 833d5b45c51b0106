namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>What a column is taken to be, which decides how it is featurized (or that it is dropped).</summary>
    internal enum ColumnKind
    {
        /// <summary>Numbers: missing values are replaced by the training mean, plus a missing indicator.</summary>
        Numeric,
        /// <summary>A few distinct strings: one-hot encoded.</summary>
        Categorical,
        /// <summary>Many distinct short strings: one-hot encoded into a fixed number of hash buckets.</summary>
        HashedCategorical,
        /// <summary>Free text (long strings of several words): word and character n-grams (FeaturizeText).</summary>
        Text,
        /// <summary>A row identifier (unique per row, or a running number): dropped, it cannot generalise.</summary>
        Identifier,
        /// <summary>One value in every row (or nothing at all): dropped, it carries no signal.</summary>
        Constant,
    }
}
