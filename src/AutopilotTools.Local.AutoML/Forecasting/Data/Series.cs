using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML.Forecasting.Data
{
    /// <summary>
    /// One item's series on the forecast grid: its key (item id, then grouping values), its filled target history
    /// ending at the set's <see cref="SeriesSet.End"/>, and its covariates over the history and the horizon after it.
    /// </summary>
    internal sealed class Series
    {
        public Series(IReadOnlyList<string> key, double[] target, double[][] covariates)
        {
            Key = key;
            Target = target;
            Covariates = covariates;
        }

        /// <summary>Item id, then the grouping attributes' values.</summary>
        public IReadOnlyList<string> Key { get; }

        /// <summary>The history, oldest first, one value per step; NaN only where filling says none.</summary>
        public double[] Target { get; }

        /// <summary>Per covariate: its value at each step of the history and of the horizon (NaN when unknown).</summary>
        public double[][] Covariates { get; }

        public int Length => Target.Length;

        /// <summary>The same series without its last <paramref name="steps"/> history steps (a backtest's view).</summary>
        public Series Truncate(int steps)
        {
            int length = Target.Length - steps;
            var covariates = new double[Covariates.Length][];
            for (int c = 0; c < covariates.Length; c++)
            {
                covariates[c] = Covariates[c].AsSpan(0, Math.Min(Covariates[c].Length, Covariates[c].Length - steps)).ToArray();
            }

            return new Series(Key, Target.AsSpan(0, length).ToArray(), covariates);
        }
    }
}
