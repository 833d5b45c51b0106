using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using AutopilotTools.Local.AutoML.Forecasting.Algorithms;
using AutopilotTools.Local.AutoML.Forecasting.Data;
using AutopilotTools.Local.AutoML.Forecasting.Training;

namespace AutopilotTools.Local.AutoML.Forecasting.Inference
{
    /// <summary>
    /// The answer: for each item, each step of the horizon after the request's history, one column per quantile.
    /// CSV: a header <c>&lt;item id&gt;[,&lt;grouping…&gt;],&lt;timestamp&gt;,p10,p50,p90</c>; JSON: <c>{"predictions": [{…the same names…}, …]}</c>.
    /// </summary>
    internal static class ForecastResponse
    {
        public static byte[] Write(ForecastSpec spec, SeriesSet set, IReadOnlyList<QuantileForecast> forecasts, string accept)
        {
            DateTime[] times = Enumerable.Range(1, spec.Horizon).Select(h => spec.Frequency.Add(set.End, h)).ToArray();
            string[] timeTexts = times.Select(t => Timestamps.Format(t, set.TimestampFormat)).ToArray();
            return accept == "application/json" ? Json(spec, set, forecasts, timeTexts) : Csv(spec, set, forecasts, timeTexts);
        }

        private static byte[] Csv(ForecastSpec spec, SeriesSet set, IReadOnlyList<QuantileForecast> forecasts, string[] times)
        {
            var text = new StringBuilder();
            text.AppendJoin(',', spec.KeyColumns.Append(spec.Timestamp).Concat(spec.Quantiles.Select(q => q.Name)).Select(BacktestFiles.Field)).Append('\n');
            for (int i = 0; i < forecasts.Count; i++)
            {
                for (int h = 0; h < times.Length; h++)
                {
                    text.AppendJoin(',', set.Series[i].Key.Select(BacktestFiles.Field)).Append(',').Append(times[h]);
                    for (int q = 0; q < spec.Quantiles.Count; q++)
                    {
                        text.Append(',').Append(forecasts[i].Quantiles[q][h].ToString("R", CultureInfo.InvariantCulture));
                    }

                    text.Append('\n');
                }
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        }

        private static byte[] Json(ForecastSpec spec, SeriesSet set, IReadOnlyList<QuantileForecast> forecasts, string[] times)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteStartArray("predictions");
                IReadOnlyList<string> keys = spec.KeyColumns;
                for (int i = 0; i < forecasts.Count; i++)
                {
                    for (int h = 0; h < times.Length; h++)
                    {
                        json.WriteStartObject();
                        for (int k = 0; k < keys.Count; k++)
                        {
                            json.WriteString(keys[k], set.Series[i].Key[k]);
                        }

                        json.WriteString(spec.Timestamp, times[h]);
                        for (int q = 0; q < spec.Quantiles.Count; q++)
                        {
                            json.WriteNumber(spec.Quantiles[q].Name, forecasts[i].Quantiles[q][h]);
                        }

                        json.WriteEndObject();
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            return stream.ToArray();
        }
    }
}
