using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using AutopilotTools.Inference;
using Xunit;

namespace AutopilotTools.Tests.Core
{
    /// <summary>
    /// A forecasting endpoint's answer read as it is written (CSV with a header, or JSON), in its order; and history
    /// rows written with a header, whole items per request, never reordered.
    /// </summary>
    public sealed class ForecastReaderTests
    {
        [Fact]
        public void CsvWithAHeaderGivesOneForecastPerLineInOrder()
        {
            const string answer = "store,day,p10,p50,p90\r\nsouth,2024-05-01,1.5,2,3.25\nnorth,2024-05-01,10,20,30\nsouth,2024-05-02,,2.5,NaN-ish\n";

            List<Forecast> forecasts = ForecastReader.Read(answer, "text/csv");

            Assert.Equal(new[] { "south", "north", "south" }, forecasts.Select(f => f.ItemId));
            Assert.Equal(new[] { "2024-05-01", "2024-05-01", "2024-05-02" }, forecasts.Select(f => f.Timestamp));
            Assert.Equal(new[] { "p10", "p50", "p90" }, forecasts[0].QuantileNames);
            Assert.Equal(new double?[] { 1.5, 2, 3.25 }, forecasts[0].QuantileNames.Select(q => forecasts[0].Quantiles[q]));
            Assert.Equal(new double?[] { null, 2.5, null }, forecasts[2].QuantileNames.Select(q => forecasts[2].Quantiles[q]));
            Assert.Equal(("store", "day"), (forecasts[0].ItemIdentifierAttributeName, forecasts[0].TimestampAttributeName));
            Assert.Empty(forecasts[0].Grouping);
            Assert.Equal("north,2024-05-01,10,20,30", forecasts[1].Raw);
        }

        [Fact]
        public void GroupingColumnsSitBetweenTheTimestampAndTheQuantiles()
        {
            List<Forecast> forecasts = ForecastReader.Read("sku,ts,region,p5,p95\n\"a,1\",2024-01-01,eu,1,2\n", "text/csv; charset=utf-8");

            Forecast forecast = Assert.Single(forecasts);
            Assert.Equal(("a,1", "2024-01-01"), (forecast.ItemId, forecast.Timestamp));
            Assert.Equal("eu", forecast.Grouping["region"]);
            Assert.Equal(new[] { "p5", "p95" }, forecast.QuantileNames);
        }

        [Fact]
        public void JsonPredictionsAreReadByName()
        {
            const string answer = "{\"predictions\": [{\"sku\": \"a\", \"ts\": \"2024-01-01\", \"p10\": 1.0, \"p50\": 2.0, \"p90\": 3.0}, {\"sku\": 7, \"ts\": \"2024-01-02\", \"p10\": null, \"p50\": 2.5, \"p90\": 3.5}]}";

            List<Forecast> forecasts = ForecastReader.Read(answer, "application/json");

            Assert.Equal(new[] { "a", "7" }, forecasts.Select(f => f.ItemId));
            Assert.Equal(3.0, forecasts[0].Quantiles["p90"]);
            Assert.Null(forecasts[1].Quantiles["p10"]);
            Assert.Equal(("sku", "ts"), (forecasts[1].ItemIdentifierAttributeName, forecasts[1].TimestampAttributeName));
        }

        [Theory]
        [InlineData("p50\n1\n", "text/csv")]
        [InlineData("{\"predictions\": {\"p50\": 1}}", "application/json")]
        public void AnAnswerThatIsNoForecastSaysSo(string answer, string contentType)
        {
            FormatException error = Assert.Throws<FormatException>(() => ForecastReader.Read(answer, contentType));
            Assert.Contains("not a forecast", error.Message);
        }

        [Theory]
        [InlineData("p1", true)]
        [InlineData("p99", true)]
        [InlineData("p0", false)]
        [InlineData("p100", false)]
        [InlineData("P50", false)]
        [InlineData("sales", false)]
        public void QuantileColumnsAreNamedAsTheApiNamesQuantiles(string column, bool quantile) =>
            Assert.Equal(quantile, ForecastReader.IsQuantile(column));

        [Fact]
        public void HistoryGoesWithAHeaderOfEveryColumnInTheOrderFirstSeen()
        {
            var history = new ForecastHistory();
            history.Add(Row(("store", "north"), ("day", "2024-01-01"), ("sales", 100)));
            history.Add(Row(("store", "north"), ("day", "2024-01-02"), ("sales", 101.5), ("promo", "yes, big")));
            // A future row: no target, only a covariate.
            history.Add(Row(("STORE", "north"), ("day", "2024-01-03"), ("promo", "no")));

            var body = Assert.Single(history.Bodies(null, 100, 1 << 20));

            Assert.Equal("store,day,sales,promo\nnorth,2024-01-01,100,\nnorth,2024-01-02,101.5,\"yes, big\"\nnorth,2024-01-03,,no\n", body.Body);
            Assert.Empty(body.Items);
        }

        [Fact]
        public void BatchesHoldWholeItemsInTheOrderTheyFirstAppearAndKeepTheRowsOrder()
        {
            var history = new ForecastHistory();
            // Dated rows of three stores interleaved, as a file sorted by day lists them.
            foreach (int day in Enumerable.Range(1, 3))
            {
                foreach (string store in new[] { "b", "a", "c" })
                {
                    history.Add(Row(("store", store), ("day", day), ("sales", day * 10)));
                }
            }

            var bodies = history.Bodies("store", 2, 1 << 20);

            Assert.Equal(new[] { new[] { "b", "a" }, new[] { "c" } }, bodies.Select(b => b.Items.ToArray()));
            Assert.Equal("store,day,sales\nb,1,10\na,1,10\nb,2,20\na,2,20\nb,3,30\na,3,30\n", bodies[0].Body);
            Assert.Equal("store,day,sales\nc,1,10\nc,2,20\nc,3,30\n", bodies[1].Body);
        }

        [Fact]
        public void BatchesStayUnderTheByteLimitWithoutSplittingAnItem()
        {
            var history = new ForecastHistory();
            foreach (string store in new[] { "a", "b", "c" })
            {
                foreach (int day in Enumerable.Range(1, 4))
                {
                    history.Add(Row(("store", store), ("day", day)));
                }
            }

            // Each item is 4 lines of 4 bytes: two items do not fit in 20 bytes, so each goes alone.
            var bodies = history.Bodies("store", 100, 20);

            Assert.Equal(new[] { "a", "b", "c" }, bodies.Select(b => Assert.Single(b.Items)));
            Assert.All(bodies, b => Assert.Equal(5, b.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length));
        }

        [Fact]
        public void ARowWithoutTheItemColumnIsNamed()
        {
            var history = new ForecastHistory();
            history.Add(Row(("store", "a"), ("day", 1)));
            history.Add(Row(("day", 2)));

            ArgumentException error = Assert.Throws<ArgumentException>(() => history.Bodies("store", 100, 1 << 20));
            Assert.Contains("Row 2 has no 'store'", error.Message);
        }

        private static IDictionary Row(params (string Name, object Value)[] values)
        {
            var row = new OrderedDictionary();
            foreach ((string name, object value) in values)
            {
                row[name] = value;
            }

            return row;
        }
    }
}
