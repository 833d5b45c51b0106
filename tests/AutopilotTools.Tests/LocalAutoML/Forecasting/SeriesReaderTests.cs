using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Forecasting;
using AutopilotTools.Local.AutoML.Forecasting.Data;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.LocalAutoML.Forecasting
{
    /// <summary>Rows into series: resampling with aggregation, filling, future covariates, groups.</summary>
    public sealed class SeriesReaderTests
    {
        private static ForecastSpec Spec(string frequency, string? aggregation = null, Dictionary<string, Dictionary<string, string>>? filling = null) =>
            ForecastSpec.From(new TimeSeriesForecastingJobConfig
            {
                ForecastFrequency = frequency,
                ForecastHorizon = 2,
                TimeSeriesConfig = new TimeSeriesConfig { TargetAttributeName = "y", TimestampAttributeName = "ts", ItemIdentifierAttributeName = "id", GroupingAttributeNames = new List<string> { "g" } },
                Transformations = new TimeSeriesTransformations
                {
                    Aggregation = aggregation == null ? null : new Dictionary<string, string> { ["y"] = aggregation },
                    Filling = filling,
                },
            });

        private static SeriesSet Read(ForecastSpec spec, string csv)
        {
            ForecastCsv table = ForecastCsv.Parse(csv);
            return new SeriesReader(spec, null).Read(table.Header, table.Rows);
        }

        [Theory]
        [InlineData("sum", new[] { 6.0, 4.0 })]
        [InlineData("avg", new[] { 2.0, 4.0 })]
        [InlineData("first", new[] { 3.0, 4.0 })]
        [InlineData("min", new[] { 1.0, 4.0 })]
        [InlineData("max", new[] { 3.0, 4.0 })]
        public void RowsOfOneBucketAreAggregatedAsTheJobSays(string aggregation, double[] expected)
        {
            SeriesSet set = Read(Spec("D", aggregation), "id,g,ts,y,price\na,x,2024-01-01 08:00:00,3,1\na,x,2024-01-01 12:00:00,1,3\na,x,2024-01-01 20:00:00,2,5\na,x,2024-01-02 09:30:00,4,2\n");

            Series series = Assert.Single(set.Series);
            Assert.Equal(expected, series.Target);
            Assert.Equal(new[] { 3.0, 2.0, double.NaN, double.NaN }, series.Covariates[0]);
            Assert.Equal("yyyy-MM-dd HH:mm:ss", set.TimestampFormat);
        }

        [Fact]
        public void GapsAreFilledInTheMiddleAndAtTheBackAsTheJobSaysAndFutureCovariatesAreKept()
        {
            var filling = new Dictionary<string, Dictionary<string, string>>
            {
                ["y"] = new Dictionary<string, string> { ["middlefill"] = "value", ["middlefill_value"] = "7", ["backfill"] = "max" },
                ["price"] = new Dictionary<string, string> { ["futurefill"] = "mean" },
            };
            string csv = "id,g,ts,y,price\n" +
                "a,x,2024-01-01,1,10\na,x,2024-01-03,3,20\n" +
                "b,x,2024-01-02,5,30\nb,x,2024-01-05,6,40\nb,x,2024-01-06,,50\n";

            SeriesSet set = Read(Spec("D", filling: filling), csv);

            Assert.Equal(new System.DateTime(2024, 1, 5), set.End);
            Series a = set.Series.Single(s => s.Key[0] == "a"), b = set.Series.Single(s => s.Key[0] == "b");
            Assert.Equal(new[] { 1.0, 7, 3, 3, 3 }, a.Target);
            Assert.Equal(new[] { 5.0, 7, 7, 6 }, b.Target);
            // Future price: 50 given, then futurefill mean of the observed history (30, 40).
            Assert.Equal(new[] { 30.0, 0, 0, 40, 50, 35 }, b.Covariates[0]);
            Assert.Equal(new[] { "b", "x" }, b.Key);
        }

        [Fact]
        public void ATargetThatIsNoNumberIsADataErrorNamingTheLine()
        {
            var error = Assert.Throws<AutoMLDataException>(() => Read(Spec("D"), "id,g,ts,y\na,x,2024-01-01,1\na,x,2024-01-02,many\n"));

            Assert.Equal("Line 3: 'many' in the target y is not a number.", error.Message);
        }
    }
}
