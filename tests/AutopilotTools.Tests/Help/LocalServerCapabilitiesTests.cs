using System;
using System.Linq;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Help
{
    /// <summary>
    /// How the example runner decides what the local server can do, against stand-ins for the server as it is now
    /// and as it may be once it trains: deferred examples start running without anyone flipping a flag.
    /// </summary>
    public sealed class LocalServerCapabilitiesTests
    {
        private const string Health = "{\"service\":\"AutopilotTools local Autopilot server\",\"version\":\"0.1.0\"";

        [Fact]
        public void ADeclaredCapabilityListIsTheAnswer()
        {
            using var server = new LoopbackServer(_ => new Reply(200, Health + ",\"capabilities\":[\"Training\",\"endpoints\"]}"));

            LocalServerCapabilities.Detection detection = LocalServerCapabilities.Ask(server.Url, () => throw new InvalidOperationException("not asked"));

            Assert.Equal(new[] { "endpoints", "training" }, detection.Available.OrderBy(c => c));
            Assert.Single(server.Requests);
        }

        [Fact]
        public void WithoutAListAServerWithoutModelsCanDoNeitherAndNoJobIsTried()
        {
            using var server = new LoopbackServer(r => r.Operation == null
                ? new Reply(200, Health + "}")
                : Reply.Error(400, "UnknownOperationException", r.Operation + " is a SageMaker operation the local server does not implement yet."));

            LocalServerCapabilities.Detection detection = LocalServerCapabilities.Ask(server.Url, () => throw new InvalidOperationException("not asked"));

            Assert.Empty(detection.Available);
            Assert.Contains("DescribeModel with UnknownOperationException", detection.Evidence);
        }

        [Theory]
        [InlineData(true, new[] { "endpoints", "training" })]
        [InlineData(false, new[] { "endpoints" })]
        public void WithoutAListAServerWithModelsTrainsIfATinyJobCompletes(bool completes, string[] expected)
        {
            using var server = new LoopbackServer(r => r.Operation == null
                ? new Reply(200, Health + "}")
                : Reply.Error(400, "ValidationException", "Could not find " + r.BodyText));

            LocalServerCapabilities.Detection detection = LocalServerCapabilities.Ask(server.Url, () => completes);

            Assert.Equal(expected, detection.Available.OrderBy(c => c));
            Assert.Equal(new[] { "DescribeModel", "DescribeEndpoint" }, server.Requests.Select(r => r.Operation).Where(o => o != null));
        }
    }
}
