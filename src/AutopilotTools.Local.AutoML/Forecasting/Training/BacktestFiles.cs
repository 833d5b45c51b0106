using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutopilotTools.Local.AutoML.Forecasting.Algorithms;
using AutopilotTools.Local.AutoML.Forecasting.Data;
using AutopilotTools.Local.AutoML.Reports;

namespace AutopilotTools.Local.AutoML.Forecasting.Training
{
    /// <summary>
    /// The backtest results Autopilot puts at the candidate's BacktestResultsLocation: per algorithm (and the
    /// ensemble) a CSV of the window's forecasts beside the actual values (<c>&lt;algorithm&gt;-forecasts.csv</c>),
    /// and <c>metrics.json</c> with every algorithm's metrics, wQL per quantile and ensemble weight.
    /// </summary>
    internal static class BacktestFiles
    {
        public static void Write(string directory, ForecastSpec spec, Backtest backtest, IReadOnlyList<AlgorithmBacktest> results, AlgorithmBacktest ensemble, AlgorithmBacktest baseline, string objective)
        {
            Directory.CreateDirectory(directory);
            foreach (AlgorithmBacktest result in results.Append(ensemble).Where(r => r.Forecasts != null))
            {
                File.WriteAllText(Path.Combine(directory, result.Algorithm + "-forecasts.csv"), Csv(spec, backtest, result.Forecasts!));
            }

            var algorithms = new JsonArray();
            foreach (AlgorithmBacktest result in results.Append(ensemble).Append(baseline))
            {
                algorithms.Add(Json(result, spec));
            }

            var document = new JsonObject
            {
                ["objective"] = objective,
                ["forecastHorizon"] = spec.Horizon,
                ["forecastFrequency"] = spec.Frequency.Text,
                ["windowStart"] = Timestamps.Format(backtest.WindowTimes.First(), backtest.History.TimestampFormat),
                ["windowEnd"] = Timestamps.Format(backtest.WindowTimes.Last(), backtest.History.TimestampFormat),
                ["items"] = backtest.History.Series.Count,
                ["algorithms"] = algorithms,
            };
            File.WriteAllText(Path.Combine(directory, "metrics.json"), document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        internal static JsonObject Json(AlgorithmBacktest result, ForecastSpec spec)
        {
            var json = new JsonObject
            {
                ["algorithm"] = result.Algorithm,
                ["standIn"] = result.StandIn,
                ["weight"] = result.Weight,
                ["seconds"] = ReportWriter.Number(result.Time.TotalSeconds),
            };
            if (result.Metrics != null)
            {
                var metrics = new JsonObject();
                foreach (KeyValuePair<string, double> metric in result.Metrics.Values.OrderBy(m => m.Key, System.StringComparer.Ordinal))
                {
                    metrics[metric.Key] = ReportWriter.Number(metric.Value);
                }

                var wql = new JsonObject();
                for (int q = 0; q < spec.Quantiles.Count; q++)
                {
                    wql[spec.Quantiles[q].Name] = ReportWriter.Number(result.Metrics.WeightedQuantileLosses[q]);
                }

                metrics["wQL"] = wql;
                json["metrics"] = metrics;
            }

            if (result.Failure != null)
            {
                json["failure"] = result.Failure;
            }

            return json;
        }

        private static string Csv(ForecastSpec spec, Backtest backtest, QuantileForecast[] forecasts)
        {
            var text = new StringBuilder();
            text.AppendJoin(',', spec.KeyColumns.Append(spec.Timestamp).Append(spec.Target).Append("mean").Concat(spec.Quantiles.Select(q => q.Name)).Select(Field)).Append('\n');
            DateTime[] times = backtest.WindowTimes.ToArray();
            for (int i = 0; i < forecasts.Length; i++)
            {
                for (int h = 0; h < times.Length; h++)
                {
                    text.AppendJoin(',', backtest.History.Series[i].Key.Select(Field)).Append(',')
                        .Append(Timestamps.Format(times[h], backtest.History.TimestampFormat)).Append(',')
                        .Append(Number(backtest.Actuals[i][h])).Append(',').Append(Number(forecasts[i].Mean[h]));
                    for (int q = 0; q < spec.Quantiles.Count; q++)
                    {
                        text.Append(',').Append(Number(forecasts[i].Quantiles[q][h]));
                    }

                    text.Append('\n');
                }
            }

            return text.ToString();
        }

        internal static string Number(double value) => double.IsNaN(value) ? "" : value.ToString("R", CultureInfo.InvariantCulture);

        /// <summary>A CSV field, quoted when it holds a comma, quote or line break.</summary>
        internal static string Field(string value) =>
            value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
