using System;
using System.Linq;
using AutopilotTools.Local.AutoML.Forecasting;
using AutopilotTools.Local.AutoML.Forecasting.Algorithms;
using AutopilotTools.Local.AutoML.Forecasting.Data;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML.Forecasting
{
    /// <summary>The local forecasters on series whose future is known.</summary>
    public sealed class ForecastAlgorithmTests
    {
        private static readonly double[] Week = { 5, 3, 4, 6, 9, 12, 10 };

        private static ForecastContext Context(int horizon, int season = 7, bool nonNegative = false) =>
            new ForecastContext(horizon, new[] { 0.1, 0.5, 0.9 }, season, ForecastFrequency.Parse("D"), nonNegative);

        private static (Series Series, SeriesSet Set) One(double[] target) =>
            (new Series(new[] { "a" }, target, Array.Empty<double[]>()), null!);

        private static double[] Seasonal(int length) => Enumerable.Range(0, length).Select(t => Week[t % 7]).ToArray();

        private static QuantileForecast Forecast(IForecaster forecaster, double[] history, ForecastContext context)
        {
            (Series series, _) = One(history);
            var set = new SeriesSet(new[] { series }, Array.Empty<Covariate>(), new DateTime(2024, 1, 1).AddDays(history.Length - 1), context.Frequency, context.Horizon, Timestamps.DateFormat);
            return forecaster.Fit(set, context, default).Forecast(series, set);
        }

        [Fact]
        public void APureSeasonalSeriesIsForecastExactlyBySeasonalNaiveAndNpts()
        {
            double[] future = Seasonal(70 + 10).Skip(70).ToArray();

            foreach (IForecaster forecaster in new IForecaster[] { new SeasonalNaiveForecaster(), new NptsForecaster() })
            {
                QuantileForecast forecast = Forecast(forecaster, Seasonal(70), Context(10));
                Assert.Equal(future, forecast.Mean.Select(v => Math.Round(v, 9)));
                Assert.All(forecast.Quantiles, q => Assert.Equal(future, q.Select(v => Math.Round(v, 9))));
            }
        }

        [Fact]
        public void HoltWintersExtrapolatesALinearTrendExactlyAndASeasonOnTopOfIt()
        {
            double[] trend = Enumerable.Range(0, 60).Select(t => 10 + (2.0 * t)).ToArray();
            double[] both = Enumerable.Range(0, 60).Select(t => 10 + (0.5 * t) + Week[t % 7]).ToArray();

            QuantileForecast linear = Forecast(new HoltWintersForecaster(), trend, Context(5, season: 1));
            QuantileForecast seasonal = Forecast(new HoltWintersForecaster(), both, Context(7));

            Assert.Equal(new[] { 130.0, 132, 134, 136, 138 }, linear.Mean.Select(v => Math.Round(v, 6)));
            Assert.Equal(Enumerable.Range(60, 7).Select(t => 10 + (0.5 * t) + Week[t % 7]), seasonal.Mean.Select(v => Math.Round(v, 6)));
        }

        [Fact]
        public void TheAutoregressiveModelFollowsASeasonAndItsIntervalsWidenWithTheHorizon()
        {
            var random = new Random(1);
            double[] noisy = Enumerable.Range(0, 200).Select(t => 50 + (5 * Week[t % 7]) + random.NextDouble()).ToArray();

            QuantileForecast forecast = Forecast(new AutoregressiveForecaster(), noisy, Context(14));

            double[] expected = Enumerable.Range(200, 14).Select(t => 50.5 + (5 * Week[t % 7])).ToArray();
            Assert.All(forecast.Mean.Zip(expected), p => Assert.InRange(p.First, p.Second - 1.5, p.Second + 1.5));
            double firstWidth = forecast.Quantiles[2][0] - forecast.Quantiles[0][0], lastWidth = forecast.Quantiles[2][13] - forecast.Quantiles[0][13];
            Assert.True(firstWidth > 0.3 && lastWidth >= firstWidth, $"p10-p90 widths {firstWidth} then {lastWidth}");
        }

        [Fact]
        public void TheProphetStandInRecoversTrendAndWeeklySeason()
        {
            double[] history = Enumerable.Range(0, 140).Select(t => 100 + (0.3 * t) + (10 * Math.Sin(2 * Math.PI * t / 7))).ToArray();

            QuantileForecast forecast = Forecast(new ProphetLikeForecaster(), history, Context(7));

            double[] expected = Enumerable.Range(140, 7).Select(t => 100 + (0.3 * t) + (10 * Math.Sin(2 * Math.PI * t / 7))).ToArray();
            Assert.All(forecast.Mean.Zip(expected), p => Assert.InRange(p.First, p.Second - 1, p.Second + 1));
        }

        [Fact]
        public void QuantilesNeverCrossAndANonNegativeTargetIsNeverForecastBelowZero()
        {
            var random = new Random(2);
            double[] sparse = Enumerable.Range(0, 100).Select(_ => random.NextDouble() < 0.7 ? 0 : random.Next(1, 4)).Select(v => (double)v).ToArray();

            foreach (IForecaster forecaster in Forecasters.Table.Where(f => f is LocalForecaster))
            {
                QuantileForecast forecast = Forecast(forecaster, sparse, Context(10, nonNegative: true));
                for (int h = 0; h < 10; h++)
                {
                    Assert.True(forecast.Quantiles[0][h] >= 0 && forecast.Quantiles[0][h] <= forecast.Quantiles[1][h] && forecast.Quantiles[1][h] <= forecast.Quantiles[2][h], forecaster.Algorithm);
                }
            }
        }

        [Fact]
        public void TheGlobalModelsLearnAWeeklyPatternAcrossSeries()
        {
            var random = new Random(3);
            var series = Enumerable.Range(0, 20).Select(i =>
            {
                double level = 10 + (5 * i);
                return new Series(new[] { "s" + i }, Enumerable.Range(0, 120).Select(t => level * Week[t % 7] / 7 * (1 + (0.05 * (random.NextDouble() - 0.5)))).ToArray(), Array.Empty<double[]>());
            }).ToList();
            var context = Context(7);
            var set = new SeriesSet(series, Array.Empty<Covariate>(), new DateTime(2024, 4, 29), context.Frequency, 7, Timestamps.DateFormat);

            foreach (IForecaster forecaster in new[] { GlobalBoostedForecaster.CnnQr, GlobalBoostedForecaster.DeepAr })
            {
                IForecastModel model = forecaster.Fit(set, context, default);
                QuantileForecast forecast = model.Forecast(series[19], set);
                double level = 10 + (5 * 19);
                double[] expected = Enumerable.Range(120, 7).Select(t => level * Week[t % 7] / 7).ToArray();
                Assert.All(forecast.Quantiles[1].Zip(expected), p => Assert.InRange(p.First, p.Second * 0.85, p.Second * 1.15));
            }
        }
    }
}
