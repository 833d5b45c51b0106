using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Local.AutoML.Forecasting.Data
{
    /// <summary>Every item's series, all ending at the same step, with what models need to know about the grid.</summary>
    internal sealed class SeriesSet
    {
        public SeriesSet(IReadOnlyList<Series> series, IReadOnlyList<Covariate> covariates, DateTime end, ForecastFrequency frequency, int horizon, string timestampFormat)
        {
            Series = series;
            Covariates = covariates;
            End = end;
            Frequency = frequency;
            Horizon = horizon;
            TimestampFormat = timestampFormat;
        }

        public IReadOnlyList<Series> Series { get; }

        public IReadOnlyList<Covariate> Covariates { get; }

        /// <summary>The last step of every series' history (the latest timestamp with a target value).</summary>
        public DateTime End { get; }

        public ForecastFrequency Frequency { get; }

        public int Horizon { get; }

        /// <summary><c>yyyy-MM-dd</c>, or <c>yyyy-MM-dd HH:mm:ss</c> when the input's timestamps have a time of day.</summary>
        public string TimestampFormat { get; }

        /// <summary>The timestamp of step <paramref name="index"/> of a series of <paramref name="length"/> steps (index may pass the end).</summary>
        public DateTime TimeOf(int length, int index) => Frequency.Add(End, index - (length - 1));

        /// <summary>
        /// The backtest's view: every series without its last <paramref name="steps"/> steps; series left with fewer
        /// than <paramref name="minimumLength"/> steps are left out.
        /// </summary>
        public SeriesSet Truncate(int steps, int minimumLength) => new SeriesSet(
            Series.Where(s => s.Length - steps >= minimumLength).Select(s => s.Truncate(steps)).ToList(),
            Covariates,
            Frequency.Add(End, -steps),
            Frequency,
            Horizon,
            TimestampFormat);

        public SeriesSet With(IReadOnlyList<Series> series) => new SeriesSet(series, Covariates, End, Frequency, Horizon, TimestampFormat);
    }
}
