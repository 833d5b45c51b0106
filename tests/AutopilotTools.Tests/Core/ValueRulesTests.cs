using AutopilotTools.Model;
using AutopilotTools.Validation;
using Xunit;

namespace AutopilotTools.Tests.Core
{
    /// <summary>The model's patterns are Java regular expressions; ValueRules must read them as Java does.</summary>
    public sealed class ValueRulesTests
    {
        [Theory]
        [InlineData("a_b-c", true)]
        [InlineData("a b", false)]
        public void A_java_escape_dotnet_rejects_still_matches(string value, bool matches)
        {
            Assert.Equal(@"[a-zA-Z0-9\_\-]+", ServiceShapes.All["FillingTransformationValue"].Pattern);
            Assert.Equal(matches, ValueRules.MatchesPattern(ServiceShapes.All["FillingTransformationValue"].Pattern!, value));
        }

        [Theory]
        [InlineData("arn:aws:iam::123456789012:role/Autopilot", true)]
        [InlineData("arn:aws:iam::\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0660\u0661\u0662:role/Autopilot", false)]
        public void Digit_classes_are_ascii_as_in_java(string arn, bool matches)
        {
            Assert.Equal(matches, ValueRules.Check(ServiceShapes.All["RoleArn"], arn) == null);
        }

        [Theory]
        [InlineData("text/csv", true)]
        [InlineData("text/csv\r", false)]
        [InlineData("text/csv\u2028", false)]
        public void A_dot_stops_at_every_line_terminator_as_in_java(string contentType, bool matches)
        {
            Assert.Equal(".*", ServiceShapes.All["ContentType"].Pattern);
            Assert.Equal(matches, ValueRules.Check(ServiceShapes.All["ContentType"], contentType) == null);
        }

        [Fact]
        public void Check_keeps_giving_the_first_broken_rule()
        {
            Assert.Equal("must be between 1 and 32 characters long", ValueRules.Check(ServiceShapes.All["AutoMLJobName"], new string('_', 40)));
            Assert.Equal(2, ValueRules.Violations(ServiceShapes.All["AutoMLJobName"], new string('_', 40)).Count);
        }
    }
}
