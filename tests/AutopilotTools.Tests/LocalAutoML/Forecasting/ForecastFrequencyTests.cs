using System;
using AutopilotTools.Local.AutoML.Forecasting;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML.Forecasting
{
    /// <summary>ForecastFrequency as the API's pattern allows it, and the grid it makes.</summary>
    public sealed class ForecastFrequencyTests
    {
        [Theory]
        [InlineData("1Y", "2023-07-09 13:00:00", "2023-01-01 00:00:00", "2026-01-01 00:00:00", 1)]
        [InlineData("M", "2023-07-09 13:00:00", "2023-07-01 00:00:00", "2023-10-01 00:00:00", 12)]
        [InlineData("3M", "2023-08-09 00:00:00", "2023-07-01 00:00:00", "2024-04-01 00:00:00", 4)]
        [InlineData("W", "2023-07-09 13:00:00", "2023-07-03 00:00:00", "2023-07-24 00:00:00", 52)]
        [InlineData("D", "2023-07-09 13:00:00", "2023-07-09 00:00:00", "2023-07-12 00:00:00", 7)]
        [InlineData("H", "2023-07-09 13:45:10", "2023-07-09 13:00:00", "2023-07-09 16:00:00", 24)]
        [InlineData("6H", "2023-07-09 13:45:10", "2023-07-09 12:00:00", "2023-07-10 06:00:00", 4)]
        [InlineData("15min", "2023-07-09 13:47:10", "2023-07-09 13:45:00", "2023-07-09 14:30:00", 96)]
        [InlineData("1min", "2023-07-09 13:47:10", "2023-07-09 13:47:00", "2023-07-09 13:50:00", 60)]
        public void AFrequencyFloorsToItsBucketAndStepsOnItsGrid(string text, string time, string floor, string threeStepsOn, int season)
        {
            ForecastFrequency frequency = ForecastFrequency.Parse(text);
            DateTime bucket = frequency.Floor(DateTime.Parse(time, System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(floor, bucket.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(threeStepsOn, frequency.Add(bucket, 3).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(3, frequency.Steps(bucket, frequency.Add(bucket, 3)));
            Assert.Equal(season, frequency.SeasonLength);
        }

        [Theory]
        [InlineData("2Y")]
        [InlineData("12M")]
        [InlineData("5W")]
        [InlineData("7D")]
        [InlineData("24H")]
        [InlineData("60min")]
        [InlineData("0D")]
        [InlineData("d")]
        public void FrequenciesOutsideThePatternAreRefusedWithTheReason(string text)
        {
            Assert.Null(ForecastFrequency.TryParse(text, out string? reason));
            Assert.Contains($"'{text}'", reason);
        }
    }
}
