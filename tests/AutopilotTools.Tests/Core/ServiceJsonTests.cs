using System;
using System.Text;
using AutopilotTools.Json;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Core
{
    public sealed class ServiceJsonTests
    {
        [Fact]
        public void MembersTheModelDoesNotKnowSurviveARoundTrip()
        {
            const string wire = "{\"AutoMLJobName\":\"j\",\"Unmodeled\":{\"A\":[1,\"two\"]},\"AutoMLJobStatus\":\"Completed\"}";

            var response = ServiceJson.Deserialize<DescribeAutoMLJobV2Response>(Encoding.UTF8.GetBytes(wire));
            string again = Encoding.UTF8.GetString(ServiceJson.Serialize(response, typeof(DescribeAutoMLJobV2Response)));

            Assert.Equal("j", response.AutoMLJobName);
            Assert.Contains("\"Unmodeled\":{\"A\":[1,\"two\"]}", again);
            Assert.Contains("\"AutoMLJobStatus\":\"Completed\"", again);
        }

        [Theory]
        [InlineData("1700000000.5")]
        [InlineData("\"1700000000.5\"")]
        [InlineData("\"2023-11-14T22:13:20.5Z\"")]
        public void TimestampsReadAsEpochSecondsOrIsoText(string json)
        {
            var response = ServiceJson.Deserialize<DescribeAutoMLJobV2Response>(Encoding.UTF8.GetBytes("{\"CreationTime\":" + json + "}"));

            Assert.Equal(new DateTime(2023, 11, 14, 22, 13, 20, 500, DateTimeKind.Utc), response.CreationTime);
            Assert.Equal(DateTimeKind.Utc, response.CreationTime!.Value.Kind);
        }

        [Fact]
        public void TimestampsAreWrittenAsEpochSecondsAndAbsentMembersAreLeftOut()
        {
            var request = new ListAutoMLJobsRequest { CreationTimeAfter = new DateTime(2023, 11, 14, 22, 13, 20, 500, DateTimeKind.Utc) };

            Assert.Equal("{\"CreationTimeAfter\":1700000000.5}", Encoding.UTF8.GetString(ServiceJson.Serialize(request, typeof(ListAutoMLJobsRequest))));
        }
    }
}
