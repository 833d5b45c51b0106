using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using AutopilotTools.Inference;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The forecasting flow in the hosted module against the local server, from New-AutoMLJobV2's flat parameters to forecasts.</summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class LocalForecastingFlowTests
    {
        private const int Stores = 3;
        private const int Days = 150;
        private const int Horizon = 14;
        private static readonly DateTime Start = new DateTime(2024, 1, 1);

        /// <summary>A store's expected sales on a day: its level and trend, times a weekly shape (busier weekends).</summary>
        private static double Expected(int store, int day)
        {
            double[] weekly = { 1.2, 0.85, 0.9, 0.95, 1.0, 1.15, 1.35 }; // Sunday first, as DayOfWeek counts
            return (80 + 20 * store) * (1 + 0.001 * day) * weekly[(int)Start.AddDays(day).DayOfWeek];
        }

        private static string History()
        {
            var random = new Random(23);
            var csv = new StringBuilder("store,day,sales\n");
            for (int day = 0; day < Days; day++)
            {
                for (int store = 0; store < Stores; store++)
                {
                    double sales = Expected(store, day) * (1 + 0.08 * (random.NextDouble() - 0.5));
                    csv.Append(FormattableString.Invariant($"store-{store + 1},{Start.AddDays(day):yyyy-MM-dd},{sales:0.0}\n"));
                }
            }

            return csv.ToString();
        }

        [Fact]
        public async Task AForecastingJobGoesFromFlatParametersToForecastsOfEveryItem()
        {
            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            string history = History();
            await Training.UploadAsync(server, "data", "sales/history.csv", history);
            using PowerShellSession session = new PowerShellSession().Set("conn", server.Connection());

            RunResult flow = session.RunScript($@"
                New-AutoMLJobV2 sales-flow -TrainingData s3://data/sales/ -OutputPath s3://data/output -TargetAttributeName sales `
                        -TimestampAttributeName day -ItemIdentifierAttributeName store -ForecastFrequency D -ForecastHorizon {Horizon} `
                        -RoleArn arn:aws:iam::000000000000:role/autopilot @conn |
                    Wait-AutoMLJob -PollInterval 0.2 @conn |
                    Get-AutoMLCandidate -Best @conn |
                    Deploy-AutoMLCandidate -InstanceType ml.m5.large -EndpointName sales-flow -Wait -PollInterval 0.2 -OutVariable deployment @conn | Out-Null
                $args[0] | ConvertFrom-Csv | Invoke-AutoMLEndpoint -EndpointName sales-flow @conn", history).ThrowIfErrors();

            var forecasts = flow.Output.Select(o => (Forecast)o.BaseObject).ToList();
            Assert.Equal(Stores * Horizon, forecasts.Count);
            Assert.Equal(Enumerable.Range(1, Stores).Select(s => $"store-{s}"), forecasts.Select(f => f.ItemId).Distinct());
            for (int store = 0; store < Stores; store++)
            {
                var own = forecasts.Where(f => f.ItemId == $"store-{store + 1}").ToList();
                Assert.Equal(Enumerable.Range(Days, Horizon).Select(d => Start.AddDays(d)), own.Select(f => DateTime.Parse(f.Timestamp!, CultureInfo.InvariantCulture)));
                Assert.All(own, f => Assert.True(f.Quantiles["p10"] <= f.Quantiles["p50"] && f.Quantiles["p50"] <= f.Quantiles["p90"], f.Raw));
                // The median follows the weekly shape: within a fifth of the expected sales, day by day.
                double worst = own.Select((f, i) => Math.Abs(f.Quantiles["p50"]!.Value / Expected(store, Days + i) - 1)).Max();
                Assert.True(worst < 0.2, $"store-{store + 1}: the median is up to {worst:P0} off the expected sales");
            }

            session.RunScript("$deployment | Remove-AutoMLDeployment -Confirm:$false @conn").ThrowIfErrors();
        }
    }
}
