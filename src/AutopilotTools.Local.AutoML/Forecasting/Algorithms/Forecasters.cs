using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>Autopilot's forecasting algorithms and what stands in for each locally.</summary>
    internal static class Forecasters
    {
        private static readonly IForecaster[] All =
        {
            GlobalBoostedForecaster.CnnQr, GlobalBoostedForecaster.DeepAr, new ProphetLikeForecaster(), new NptsForecaster(),
            new AutoregressiveForecaster(), new HoltWintersForecaster(),
        };

        public static IReadOnlyList<IForecaster> Table => All;

        public static IForecaster For(string algorithm) =>
            All.FirstOrDefault(f => f.Algorithm == algorithm) ?? throw new ArgumentException($"'{algorithm}' is not a forecasting algorithm.", nameof(algorithm));
    }
}
