using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Forecasting.Data
{
    /// <summary>
    /// Rows of the training schema (header first) into series on the forecast grid, as Autopilot prepares them:
    /// rows are keyed by item id and grouping attributes and resampled to the frequency (target values of a bucket
    /// aggregated as the job says, numeric covariates averaged, categorical ones the first); each series starts at
    /// its first target value (frontfill none) and ends at the latest target value of any series, gaps filled as
    /// <c>Transformations.Filling</c> says; rows past that end with an empty target carry future covariates.
    /// </summary>
    internal sealed class SeriesReader
    {
        private const char KeySeparator = '\u001f';

        private readonly ForecastSpec _spec;
        private readonly IReadOnlyList<Covariate>? _schema;

        /// <param name="spec">The job's settings.</param>
        /// <param name="schema">The covariates as training met them (for an endpoint); null to learn them from the data.</param>
        public SeriesReader(ForecastSpec spec, IReadOnlyList<Covariate>? schema)
        {
            _spec = spec;
            _schema = schema;
        }

        /// <exception cref="AutoMLDataException">The rows cannot be read; the message says where and why.</exception>
        public SeriesSet Read(IReadOnlyList<string> header, IEnumerable<(string[] Fields, int Line)> rows)
        {
            int Column(string name) => IndexOf(header, name)
                ?? throw new AutoMLDataException($"The data has no column '{name}' (its columns: {string.Join(", ", header)}).");

            int target = Column(_spec.Target);
            int timestamp = Column(_spec.Timestamp);
            int[] keys = _spec.KeyColumns.Select(Column).ToArray();
            var taken = new HashSet<int>(keys) { target, timestamp };
            List<(Covariate Covariate, int Index)> covariates = _schema == null
                ? Enumerable.Range(0, header.Count).Where(i => !taken.Contains(i)).Select(i => (new Covariate { Name = header[i] }, i)).ToList()
                : _schema.Select(c => (c, IndexOf(header, c.Name) ?? -1)).ToList();

            var items = new Dictionary<string, ItemRows>(StringComparer.Ordinal);
            var parsed = new List<ParsedRow>();
            bool anyTime = false;
            foreach ((string[] fields, int line) in rows)
            {
                if (fields.Length != header.Count)
                {
                    throw new AutoMLDataException($"Line {line} has {fields.Length} values; the header has {header.Count} ({string.Join(", ", header)}).");
                }

                if (!Timestamps.TryParse(fields[timestamp], out DateTime time, out bool hasTime))
                {
                    throw new AutoMLDataException($"Line {line}: '{fields[timestamp]}' in {_spec.Timestamp} is not a timestamp (yyyy-MM-dd or yyyy-MM-dd HH:mm:ss).");
                }

                anyTime |= hasTime;
                double value = double.NaN;
                string targetText = fields[target].Trim();
                if (targetText.Length > 0 && !double.TryParse(targetText, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
                {
                    throw new AutoMLDataException($"Line {line}: '{targetText}' in the target {_spec.Target} is not a number.");
                }

                string key = string.Join(KeySeparator, keys.Select(k => fields[k]));
                if (!items.TryGetValue(key, out ItemRows? item))
                {
                    items[key] = item = new ItemRows(keys.Select(k => fields[k]).ToArray());
                }

                parsed.Add(new ParsedRow(item, _spec.Frequency.Floor(time), value, covariates.Select(c => c.Index < 0 ? "" : fields[c.Index].Trim()).ToArray()));
            }

            if (_schema == null)
            {
                Classify(covariates.Select(c => c.Covariate).ToList(), parsed);
            }

            IReadOnlyList<Covariate> schema = covariates.Select(c => c.Covariate).ToList();
            foreach (ParsedRow row in parsed)
            {
                row.Item.Add(row, schema, _spec.Aggregation);
            }

            DateTime? end = items.Values.Where(i => i.LastTarget.HasValue).Select(i => i.LastTarget!.Value).DefaultIfEmpty().Max();
            if (items.Count == 0 || items.Values.All(i => !i.LastTarget.HasValue))
            {
                throw new AutoMLDataException($"The data has no rows with a value in the target {_spec.Target}.");
            }

            var series = items.Values.Where(i => i.FirstTarget.HasValue).Select(i => i.ToSeries(_spec, schema, end!.Value)).ToList();
            return new SeriesSet(series, schema, end!.Value, _spec.Frequency, _spec.Horizon, anyTime || _spec.Frequency.HasTimeOfDay ? Timestamps.DateTimeFormat : Timestamps.DateFormat);
        }

        private static int? IndexOf(IReadOnlyList<string> header, string name)
        {
            for (int i = 0; i < header.Count; i++)
            {
                if (string.Equals(header[i].Trim(), name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return null;
        }

        /// <summary>A covariate is numeric when every value it has is a number; otherwise categorical.</summary>
        private static void Classify(List<Covariate> covariates, List<ParsedRow> rows)
        {
            for (int c = 0; c < covariates.Count; c++)
            {
                bool numeric = rows.All(r => r.Covariates[c].Length == 0 || double.TryParse(r.Covariates[c], NumberStyles.Float, CultureInfo.InvariantCulture, out _));
                covariates[c].Categorical = !numeric;
                if (!numeric)
                {
                    covariates[c].Categories = rows.Select(r => r.Covariates[c]).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
                }
            }
        }

        private sealed record ParsedRow(ItemRows Item, DateTime Bucket, double Target, string[] Covariates);

        /// <summary>One item's rows, bucketed.</summary>
        private sealed class ItemRows
        {
            private readonly Dictionary<DateTime, Bucket> _buckets = new Dictionary<DateTime, Bucket>();

            public ItemRows(string[] key) => Key = key;

            public string[] Key { get; }

            public DateTime? FirstTarget { get; private set; }

            public DateTime? LastTarget { get; private set; }

            public void Add(ParsedRow row, IReadOnlyList<Covariate> schema, string aggregation)
            {
                if (!_buckets.TryGetValue(row.Bucket, out Bucket? bucket))
                {
                    _buckets[row.Bucket] = bucket = new Bucket(schema.Count);
                }

                if (!double.IsNaN(row.Target))
                {
                    bucket.AddTarget(row.Target, aggregation);
                    FirstTarget = FirstTarget == null || row.Bucket < FirstTarget ? row.Bucket : FirstTarget;
                    LastTarget = LastTarget == null || row.Bucket > LastTarget ? row.Bucket : LastTarget;
                }

                for (int c = 0; c < schema.Count; c++)
                {
                    string text = row.Covariates[c];
                    if (text.Length == 0)
                    {
                        continue;
                    }

                    double value = schema[c].Categorical
                        ? schema[c].Code(text)
                        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) ? number : double.NaN;
                    bucket.AddCovariate(c, value, schema[c].Categorical);
                }
            }

            public Series ToSeries(ForecastSpec spec, IReadOnlyList<Covariate> schema, DateTime end)
            {
                ForecastFrequency frequency = spec.Frequency;
                DateTime start = FirstTarget!.Value;
                int length = frequency.Steps(start, end) + 1;
                int last = frequency.Steps(start, LastTarget!.Value);
                var target = new double[length];
                for (int t = 0; t < length; t++)
                {
                    target[t] = _buckets.TryGetValue(frequency.Add(start, t), out Bucket? bucket) ? bucket.Target : double.NaN;
                }

                Fill(target, 0, last, length, spec.TargetFilling);
                var covariates = new double[schema.Count][];
                for (int c = 0; c < schema.Count; c++)
                {
                    var values = new double[length + spec.Horizon];
                    int lastSeen = -1;
                    for (int t = 0; t < values.Length; t++)
                    {
                        values[t] = _buckets.TryGetValue(frequency.Add(start, t), out Bucket? bucket) ? bucket.Covariate(c) : double.NaN;
                        if (t < length && !double.IsNaN(values[t]))
                        {
                            lastSeen = t;
                        }
                    }

                    Fill(values, 0, lastSeen, length, spec.FillingOf(schema[c].Name));
                    covariates[c] = values;
                }

                return new Series(Key, target, covariates);
            }

            /// <summary>
            /// Fills gaps up to <paramref name="last"/> (the last observed history step) by the middle method, the
            /// rest of the history by the back method, and any steps past the history by the future method.
            /// </summary>
            private static void Fill(double[] values, int first, int last, int length, ColumnFilling filling)
            {
                var observed = new List<double>(values.Length);
                for (int t = 0; t < Math.Min(length, values.Length); t++)
                {
                    if (!double.IsNaN(values[t]))
                    {
                        observed.Add(values[t]);
                    }
                }

                double middle = filling.Middle.Resolve(observed), back = filling.Back.Resolve(observed), future = filling.Future.Resolve(observed);
                for (int t = first; t < values.Length; t++)
                {
                    if (double.IsNaN(values[t]))
                    {
                        values[t] = t <= last ? middle : t < length ? back : future;
                    }
                }
            }
        }

        /// <summary>What the rows of one item in one bucket add up to.</summary>
        private sealed class Bucket
        {
            private readonly double[] _covariateSums;
            private readonly int[] _covariateCounts;
            private int _targetCount;
            private double _target;

            public Bucket(int covariates)
            {
                _covariateSums = new double[covariates];
                _covariateCounts = new int[covariates];
            }

            public double Target => _targetCount == 0 ? double.NaN : _target;

            public double Covariate(int c) => _covariateCounts[c] == 0 ? double.NaN : _covariateSums[c];

            public void AddTarget(double value, string aggregation)
            {
                _target = _targetCount == 0 ? value : aggregation switch
                {
                    AggregationTransformationValue.Avg => _target + ((value - _target) / (_targetCount + 1)),
                    AggregationTransformationValue.First => _target,
                    AggregationTransformationValue.Min => Math.Min(_target, value),
                    AggregationTransformationValue.Max => Math.Max(_target, value),
                    _ => _target + value,
                };
                _targetCount++;
            }

            public void AddCovariate(int c, double value, bool categorical)
            {
                if (double.IsNaN(value) || (categorical && _covariateCounts[c] > 0))
                {
                    return;
                }

                // Numeric covariates are averaged over the bucket; categorical ones keep the first value.
                _covariateCounts[c]++;
                _covariateSums[c] += categorical ? value : (value - _covariateSums[c]) / _covariateCounts[c];
            }
        }
    }
}
