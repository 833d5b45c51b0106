using System.IO;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.Inference;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>
    /// Invoke-AutoMLEndpoint on a forecasting endpoint, over real HTTP to an endpoint that plays the forecasting
    /// contract (the local engine's forecasting models take its place once they land; the Pester Forecasting file
    /// runs the same flow end to end against them): history with a header in, whole items in order, a forecast per
    /// item and time-step out, nothing lost.
    /// </summary>
    public sealed class ForecastInvokeTests
    {
        /// <summary>Two stores' history, day by day, interleaved as a file sorted by day lists them; south's last day is a future row.</summary>
        private const string History = "store,day,sales,promo\nnorth,2024-03-01,10,no\nsouth,2024-03-01,20,yes\nnorth,2024-03-02,11,no\nsouth,2024-03-02,21.5,no\nsouth,2024-03-03,,yes\n";

        private static (LoopbackServer Server, PowerShellSession Session) Start(FakeForecastEndpoint endpoint)
        {
            var server = new LoopbackServer(endpoint.Handle);
            PowerShellSession session = FakeSageMaker.SessionFor(server).Set("history", History);
            return (server, session);
        }

        private static RecordedRequest[] Invocations(LoopbackServer server) => server.Requests.Where(r => r.Path == "/endpoints/sales/invocations").ToArray();

        [Fact]
        public void ImportCsvRowsGoWithAHeaderAndEachItemComesBackForEveryStepOfTheHorizon()
        {
            (LoopbackServer server, PowerShellSession session) = Start(new FakeForecastEndpoint());
            using (server)
            using (session)
            {
                RunResult result = session.RunScript("$history | ConvertFrom-Csv | Invoke-AutoMLEndpoint sales @conn -Verbose").ThrowIfErrors();

                RecordedRequest sent = Assert.Single(Invocations(server));
                Assert.Equal(History, sent.BodyText);
                Assert.Equal("text/csv", sent.Header("Content-Type"));
                var forecasts = result.Output.Select(o => (Forecast)o.BaseObject).ToList();
                Assert.Equal(new[] { "north", "north", "south", "south" }, forecasts.Select(f => f.ItemId));
                Assert.Equal(new[] { "2024-03-03", "2024-03-04", "2024-03-03", "2024-03-04" }, forecasts.Select(f => f.Timestamp));
                Assert.Equal(new object[] { 10.0, 11.0, 12.0 }, new[] { "p10", "p50", "p90" }.Select(q => result.Output[1].Properties[q].Value));
                Assert.Equal(21.5, forecasts[2].Quantiles["p50"]);
                Assert.Equal("AutopilotTools.Inference.Forecast#p10-p50-p90", result.Output[0].TypeNames[0]);
                Assert.Contains(result.Verbose, v => v.Contains("forecasts: 5 history rows go with the header store,day,sales,promo in 1 request(s)"));
            }
        }

        [Fact]
        public void APathSendsTheFilesRowsAsThePipelineWould()
        {
            (LoopbackServer server, PowerShellSession session) = Start(new FakeForecastEndpoint());
            using (server)
            using (session)
            {
                string file = Path.Combine(Path.GetTempPath(), "forecast-history-" + System.Guid.NewGuid().ToString("N") + ".csv");
                File.WriteAllText(file, History.Replace("\n", "\r\n"));
                try
                {
                    RunResult result = session.RunScript("Invoke-AutoMLEndpoint sales -Path $args[0] @conn", file).ThrowIfErrors();

                    Assert.Equal(History, Assert.Single(Invocations(server)).BodyText);
                    Assert.Equal(4, result.Output.Count);
                }
                finally
                {
                    File.Delete(file);
                }
            }
        }

        [Fact]
        public void WithTheItemColumnKnownRequestsHoldWholeItemsAndTheAnswersKeepTheirOrder()
        {
            (LoopbackServer server, PowerShellSession session) = Start(new FakeForecastEndpoint());
            using (server)
            using (session)
            {
                RunResult result = session.RunScript("$history | ConvertFrom-Csv | Invoke-AutoMLEndpoint sales -ItemIdentifierAttributeName store -BatchSize 1 @conn").ThrowIfErrors();

                RecordedRequest[] sent = Invocations(server);
                Assert.Equal(2, sent.Length);
                Assert.Equal("store,day,sales,promo\nnorth,2024-03-01,10,no\nnorth,2024-03-02,11,no\n", sent[0].BodyText);
                Assert.Equal("store,day,sales,promo\nsouth,2024-03-01,20,yes\nsouth,2024-03-02,21.5,no\nsouth,2024-03-03,,yes\n", sent[1].BodyText);
                Assert.Equal(new[] { "north", "north", "south", "south" }, result.Output.Select(o => ((Forecast)o.BaseObject).ItemId));
            }
        }

        [Fact]
        public void AnItemTheAnswerLacksIsAnErrorAndTheOthersAreStillWritten()
        {
            (LoopbackServer server, PowerShellSession session) = Start(new FakeForecastEndpoint { Forget = "south" });
            using (server)
            using (session)
            {
                RunResult result = session.RunScript("$history | ConvertFrom-Csv | Invoke-AutoMLEndpoint sales @conn");

                Assert.Equal(new[] { "north", "north" }, result.Output.Select(o => ((Forecast)o.BaseObject).ItemId));
                ErrorRecord error = Assert.Single(result.Errors);
                Assert.Equal("ForecastItemMissing,AutopilotTools.Commands.InvokeAutoMLEndpointCommand", error.FullyQualifiedErrorId);
                Assert.Equal("south", error.TargetObject);
                Assert.Contains("answered no forecast for item 'south' (store)", error.ErrorDetails.Message);
            }
        }

        [Fact]
        public void JsonGoesAsInstancesAndComesBackAsPredictions()
        {
            var endpoint = new FakeForecastEndpoint { Quantiles = new[] { "p5", "p50", "p95" } };
            (LoopbackServer server, PowerShellSession session) = Start(endpoint);
            using (server)
            using (session)
            {
                RunResult result = session.RunScript(@"
                    $rows = [ordered]@{ store = 'north'; day = '2024-03-01'; sales = 10 }, @{ store = 'north'; day = '2024-03-02'; sales = 12.5 }
                    $rows | Invoke-AutoMLEndpoint sales -ContentType application/json -Accept application/json @conn").ThrowIfErrors();

                RecordedRequest sent = Assert.Single(Invocations(server));
                Assert.StartsWith("{\"instances\": [{\"store\":\"north\",\"day\":\"2024-03-01\",\"sales\":10}, {", sent.BodyText);
                Assert.Contains("\"sales\":12.5", sent.BodyText);
                Assert.Equal(new object[] { 11.5, 12.5, 13.5 }, new[] { "p5", "p50", "p95" }.Select(q => result.Output[0].Properties[q].Value));
                Assert.Equal("AutopilotTools.Inference.Forecast#p5-p50-p95", result.Output[0].TypeNames[0]);
            }
        }

        [Fact]
        public void SplittingByItemNeedsTheItemColumnInEveryRowAndSendsNothingWithoutIt()
        {
            (LoopbackServer server, PowerShellSession session) = Start(new FakeForecastEndpoint());
            using (server)
            using (session)
            {
                RunResult result = session.RunScript("[ordered]@{ store = 'north'; day = '2024-03-01'; sales = 1 }, [ordered]@{ day = '2024-03-02'; sales = 2 } | Invoke-AutoMLEndpoint sales -ItemIdentifierAttributeName store @conn");

                ErrorRecord error = Assert.Single(result.Errors);
                Assert.Equal("ForecastRowWithoutItem,AutopilotTools.Commands.InvokeAutoMLEndpointCommand", error.FullyQualifiedErrorId);
                Assert.StartsWith("Row 2 has no 'store' (the item identifier column). Nothing is sent to endpoint 'sales'", error.ErrorDetails.Message);
                Assert.Empty(Invocations(server));
            }
        }

        [Fact]
        public void ARowWithoutNamesIsRefusedUnlessColumnNamesItsValues()
        {
            (LoopbackServer server, PowerShellSession session) = Start(new FakeForecastEndpoint());
            using (server)
            using (session)
            {
                RunResult refused = session.RunScript("Invoke-AutoMLEndpoint sales -InputObject 'north,2024-03-01,10' @conn");

                ErrorRecord error = Assert.Single(refused.Errors);
                Assert.Equal("ForecastRowNotNamed,AutopilotTools.Commands.InvokeAutoMLEndpointCommand", error.FullyQualifiedErrorId);
                Assert.Equal("north,2024-03-01,10", error.TargetObject);
                Assert.Empty(Invocations(server));

                RunResult named = session.RunScript("'north,2024-03-01,10', @('north', '2024-03-02', 11) | Invoke-AutoMLEndpoint sales -Column store, day, sales @conn").ThrowIfErrors();

                Assert.Equal("store,day,sales\nnorth,2024-03-01,10\nnorth,2024-03-02,11\n", Assert.Single(Invocations(server)).BodyText);
                Assert.Equal(2, named.Output.Count);
            }
        }

        [Fact]
        public void AnEndpointWhoseModelSaysNothingGetsRowsWithoutAHeaderAsBefore()
        {
            (LoopbackServer server, PowerShellSession session) = Start(new FakeForecastEndpoint { ProblemType = null });
            using (server)
            using (session)
            {
                RunResult result = session.RunScript("$history | ConvertFrom-Csv | Invoke-AutoMLEndpoint sales @conn");

                Assert.Equal("north,2024-03-01,10,no\nsouth,2024-03-01,20,yes\nnorth,2024-03-02,11,no\nsouth,2024-03-02,21.5,no\nsouth,2024-03-03,,yes\n", Assert.Single(Invocations(server)).BodyText);
                Assert.Equal("EndpointModelError,AutopilotTools.Commands.InvokeAutoMLEndpointCommand", Assert.Single(result.Errors).FullyQualifiedErrorId);
            }
        }

        [Fact]
        public void ResponseKeysGivenSayItIsNoForecastingEndpointWithoutAsking()
        {
            (LoopbackServer server, PowerShellSession session) = Start(new FakeForecastEndpoint());
            using (server)
            using (session)
            {
                session.RunScript("Invoke-AutoMLEndpoint sales -InputObject 'north,2024-03-01,10' -InferenceResponseKey predicted_label @conn");

                Assert.Equal(new string?[] { null }, server.Requests.Select(r => r.Operation));
            }
        }

        [Theory]
        [InlineData(80)]
        [InlineData(120)]
        public void ForecastsShowAsATableOfItemTimestampAndQuantiles(int width)
        {
            foreach ((string[] quantiles, string header, string firstRow) in new[]
            {
                (new[] { "p10", "p50", "p90" }, @"^ItemId\s+Timestamp\s+p10\s+p50\s+p90$", @"^north\s+2024-03-03\s+10\.00\s+11\.00\s+12\.00$"),
                (new[] { "p25", "p75" }, @"^ItemId\s+Timestamp\s+Quantiles$", @"^north\s+2024-03-03\s+p25 10\.00  p75 12\.00$"),
            })
            {
                var endpoint = new FakeForecastEndpoint { Quantiles = quantiles };
                using var server = new LoopbackServer(endpoint.Handle);
                using var session = new PowerShellSession(consoleWidth: width).Set("conn", FakeSageMaker.Connection(server)).Set("history", History);

                string[] lines = session.RunScript("$history | ConvertFrom-Csv | Invoke-AutoMLEndpoint sales @conn | Out-Default").ThrowIfErrors()
                    .HostText.Split('\n').Where(l => l.Trim().Length > 0).ToArray();

                Assert.Matches(header, lines[0].TrimEnd());
                Assert.Matches(firstRow, lines[2].TrimEnd());
                Assert.Equal(6, lines.Length);
            }
        }
    }
}
