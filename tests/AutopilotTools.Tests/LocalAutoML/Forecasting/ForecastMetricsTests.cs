using System;
using AutopilotTools.Local.AutoML.Forecasting.Metrics;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML.Forecasting
{
    /// <summary>The forecasting metrics against values worked out by hand.</summary>
    public sealed class ForecastMetricsTests
    {
        [Fact]
        public void MetricsMatchTheirDefinitionsOnASmallWindow()
        {
            // Item a: actual 10, 20; mean 12, 18; p10 8, 15; p90 14, 25. Item b: actual 0, 4; mean 1, 4; p10 0, 2; p90 2, 6.
            var metrics = new ForecastMetrics(new[] { 0.1, 0.9 });
            metrics.Add(new double[] { 10, 20 }, new double[] { 12, 18 }, new[] { new double[] { 8, 15 }, new double[] { 14, 25 } }, new double[] { 1, 3, 2, 6 }, 2);
            metrics.Add(new double[] { 0, 4 }, new double[] { 1, 4 }, new[] { new double[] { 0, 2 }, new double[] { 2, 6 } }, new double[] { 2, 2, 2 }, 1);

            // Σ|y| = 34. p10 pinball: a: 0.1·2 + 0.1·5 = 0.7; b: 0 + 0.1·2 = 0.2 → 0.9; wQL = 1.8/34.
            // p90 pinball: a: 0.1·4 + 0.1·5 = 0.9; b: 0.1·2 + 0.1·2 = 0.4 → 1.3; wQL = 2.6/34.
            Assert.Equal(new[] { 1.8 / 34, 2.6 / 34 }, metrics.WeightedQuantileLosses, new Tolerance());
            var values = metrics.Values;
            Assert.Equal(((1.8 / 34) + (2.6 / 34)) / 2, values["AverageWeightedQuantileLoss"], 12);
            Assert.Equal(5.0 / 34, values["WAPE"], 12);
            Assert.Equal(Math.Sqrt(9.0 / 4), values["RMSE"], 12);
            Assert.Equal(((2.0 / 10) + (2.0 / 20) + 0) / 3, values["MAPE"], 12);
            // MASE: a's naive scale (season 2) = mean(|2-1|, |6-3|) = 2, its MAE 2 → 1; b's scale is 0, so b is left out.
            Assert.Equal(1.0, values["MASE"], 12);
        }

        private sealed class Tolerance : System.Collections.Generic.IEqualityComparer<double>
        {
            public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

            public int GetHashCode(double value) => 0;
        }
    }
}
