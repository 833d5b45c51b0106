using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace AutopilotTools.Local.AutoML.Forecasting
{
    /// <summary>The unit of a <c>ForecastFrequency</c>.</summary>
    internal enum FrequencyUnit
    {
        Minute,
        Hour,
        Day,
        Week,
        Month,
        Year,
    }

    /// <summary>
    /// A <c>ForecastFrequency</c> (<c>1Y|Y|([1-9]|1[0-1])M|M|[1-4]W|W|[1-6]D|D|([1-9]|1[0-9]|2[0-3])H|H|([1-9]|[1-5][0-9])min</c>):
    /// a unit and a multiple, the grid series are resampled to. Buckets are aligned as pandas aligns them: minutes
    /// and hours from midnight, days from 1970-01-01, weeks from Monday to Sunday, months and years at their start;
    /// a bucket is labelled by its first instant, as Amazon Forecast aligns data to a time boundary at the beginning
    /// of the unit (the most recent Monday for weeks; its "Data aggregation for different forecast frequencies"),
    /// where pandas labels weekly and monthly buckets by their end.
    /// </summary>
    internal sealed class ForecastFrequency
    {
        private static readonly Regex Pattern = new Regex(@"^(?<n>[0-9]{0,2})(?<unit>min|Y|M|W|D|H)$", RegexOptions.CultureInvariant);
        private static readonly DateTime Epoch = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

        private ForecastFrequency(FrequencyUnit unit, int multiple, string text)
        {
            Unit = unit;
            Multiple = multiple;
            Text = text;
        }

        public FrequencyUnit Unit { get; }

        public int Multiple { get; }

        /// <summary>As the request spelt it.</summary>
        public string Text { get; }

        /// <summary>Whether timestamps on this grid have a time of day.</summary>
        public bool HasTimeOfDay => Unit == FrequencyUnit.Minute || Unit == FrequencyUnit.Hour;

        /// <summary>Parses a frequency the API's pattern allows; null (with the reason) otherwise.</summary>
        public static ForecastFrequency? TryParse(string? text, out string? reason)
        {
            reason = null;
            Match match = text == null ? Match.Empty : Pattern.Match(text);
            if (!match.Success)
            {
                reason = $"ForecastFrequency '{text}' is not a frequency Autopilot knows (1Y, 1-11M, 1-4W, 1-6D, 1-23H or 1-59min).";
                return null;
            }

            int multiple = match.Groups["n"].Length == 0 ? 1 : int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            FrequencyUnit unit = match.Groups["unit"].Value switch
            {
                "min" => FrequencyUnit.Minute,
                "H" => FrequencyUnit.Hour,
                "D" => FrequencyUnit.Day,
                "W" => FrequencyUnit.Week,
                "M" => FrequencyUnit.Month,
                _ => FrequencyUnit.Year,
            };
            int max = unit switch
            {
                FrequencyUnit.Minute => 59,
                FrequencyUnit.Hour => 23,
                FrequencyUnit.Day => 6,
                FrequencyUnit.Week => 4,
                FrequencyUnit.Month => 11,
                _ => 1,
            };
            if (multiple < 1 || multiple > max)
            {
                reason = $"ForecastFrequency '{text}' is out of range: {Name(unit)} frequencies go from 1 to {max}.";
                return null;
            }

            return new ForecastFrequency(unit, multiple, text!);
        }

        public static ForecastFrequency Parse(string text) =>
            TryParse(text, out string? reason) ?? throw new FormatException(reason);

        /// <summary>The start of the bucket <paramref name="time"/> falls in.</summary>
        public DateTime Floor(DateTime time)
        {
            switch (Unit)
            {
                case FrequencyUnit.Minute:
                {
                    DateTime day = time.Date;
                    int minutes = (int)(time - day).TotalMinutes;
                    return day.AddMinutes(minutes - (minutes % Multiple));
                }

                case FrequencyUnit.Hour:
                    return time.Date.AddHours(time.Hour - (time.Hour % Multiple));
                case FrequencyUnit.Day:
                {
                    long days = (long)(time.Date - Epoch).TotalDays;
                    return Epoch.AddDays(days - Mod(days, Multiple));
                }

                case FrequencyUnit.Week:
                {
                    // Weeks end on Sunday (pandas' W = W-SUN): a bucket is labelled by the Monday that starts it.
                    DateTime monday = time.Date.AddDays(-(((int)time.DayOfWeek + 6) % 7));
                    long weeks = (long)(monday - Epoch.AddDays(4)).TotalDays / 7; // 1970-01-05 was a Monday
                    return monday.AddDays(-7 * Mod(weeks, Multiple));
                }

                case FrequencyUnit.Month:
                {
                    int months = (time.Year * 12) + time.Month - 1;
                    months -= (int)Mod(months, Multiple);
                    return new DateTime(months / 12, (months % 12) + 1, 1);
                }

                default:
                    return new DateTime(time.Year, 1, 1);
            }
        }

        /// <summary>The bucket <paramref name="steps"/> steps after <paramref name="start"/> (a bucket start).</summary>
        public DateTime Add(DateTime start, int steps) => Unit switch
        {
            FrequencyUnit.Minute => start.AddMinutes((double)steps * Multiple),
            FrequencyUnit.Hour => start.AddHours((double)steps * Multiple),
            FrequencyUnit.Day => start.AddDays((double)steps * Multiple),
            FrequencyUnit.Week => start.AddDays(7.0 * steps * Multiple),
            FrequencyUnit.Month => start.AddMonths(steps * Multiple),
            _ => start.AddYears(steps * Multiple),
        };

        /// <summary>How many steps separate two bucket starts (<paramref name="to"/> not before <paramref name="from"/>).</summary>
        public int Steps(DateTime from, DateTime to) => Unit switch
        {
            FrequencyUnit.Minute => (int)Math.Round((to - from).TotalMinutes / Multiple),
            FrequencyUnit.Hour => (int)Math.Round((to - from).TotalHours / Multiple),
            FrequencyUnit.Day => (int)Math.Round((to - from).TotalDays / Multiple),
            FrequencyUnit.Week => (int)Math.Round((to - from).TotalDays / (7.0 * Multiple)),
            FrequencyUnit.Month => (((to.Year - from.Year) * 12) + to.Month - from.Month) / Multiple,
            _ => (to.Year - from.Year) / Multiple,
        };

        /// <summary>
        /// The seasonal period in steps: a week of days, a day of hours, a year of weeks or months, an hour (or a day,
        /// when it is short enough) of minutes; 1 (none) when the multiple does not divide the cycle.
        /// </summary>
        public int SeasonLength
        {
            get
            {
                int cycle = Unit switch
                {
                    FrequencyUnit.Minute => 1440 / Multiple <= 336 && 1440 % Multiple == 0 ? 1440 : 60,
                    FrequencyUnit.Hour => 24,
                    FrequencyUnit.Day => 7,
                    FrequencyUnit.Week => 52,
                    FrequencyUnit.Month => 12,
                    _ => 1,
                };
                return cycle % Multiple == 0 && cycle / Multiple >= 2 ? cycle / Multiple : 1;
            }
        }

        /// <summary>Steps per year (for a yearly Fourier term); 0 for yearly frequencies.</summary>
        public double StepsPerYear => Unit switch
        {
            FrequencyUnit.Minute => 525960.0 / Multiple,
            FrequencyUnit.Hour => 8766.0 / Multiple,
            FrequencyUnit.Day => 365.25 / Multiple,
            FrequencyUnit.Week => 52.18 / Multiple,
            FrequencyUnit.Month => 12.0 / Multiple,
            _ => 0,
        };

        public override string ToString() => Text;

        private static long Mod(long value, int divisor) => ((value % divisor) + divisor) % divisor;

        private static string Name(FrequencyUnit unit) => unit switch
        {
            FrequencyUnit.Minute => "minute",
            FrequencyUnit.Hour => "hourly",
            FrequencyUnit.Day => "daily",
            FrequencyUnit.Week => "weekly",
            FrequencyUnit.Month => "monthly",
            _ => "yearly",
        };
    }
}
