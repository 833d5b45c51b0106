using System.Collections.Generic;

namespace AutopilotTools.Inference
{
    /// <summary>
    /// One time-step of a forecasting endpoint's answer: the item, the timestamp, the values of the grouping columns
    /// (when the model has them) and the forecast at each quantile (p10, p50, p90, … as the job asked for them).
    /// Invoke-AutoMLEndpoint also gives every quantile as a property of its own ($f.p50).
    /// </summary>
    public sealed class Forecast
    {
        /// <summary>The item identifier, as the endpoint wrote it (not "Item": an array's $forecasts.Item would be its indexer, not member enumeration).</summary>
        public string? ItemId { get; set; }

        /// <summary>The time-step, as the endpoint wrote it (the training data's timestamp format).</summary>
        public string? Timestamp { get; set; }

        /// <summary>The quantile names in the answer's order (p10, p50, p90, …).</summary>
        public IReadOnlyList<string> QuantileNames { get; set; } = new string[0];

        /// <summary>The forecast per quantile name; null where the endpoint wrote no number.</summary>
        public IReadOnlyDictionary<string, double?> Quantiles { get; set; } = new Dictionary<string, double?>();

        /// <summary>Grouping column → value, for models trained with GroupingAttributeNames; empty otherwise.</summary>
        public IReadOnlyDictionary<string, string> Grouping { get; set; } = new Dictionary<string, string>();

        /// <summary>The item identifier column's name in the answer (the model's ItemIdentifierAttributeName).</summary>
        public string? ItemIdentifierAttributeName { get; set; }

        /// <summary>The timestamp column's name in the answer (the model's TimestampAttributeName).</summary>
        public string? TimestampAttributeName { get; set; }

        /// <summary>The response line or JSON object this time-step was read from.</summary>
        public string? Raw { get; set; }

        public override string ToString() => ItemId + " " + Timestamp;
    }
}
