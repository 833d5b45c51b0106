using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;
using AutopilotTools.Validation;
using Xunit;

namespace AutopilotTools.Tests.Core
{
    /// <summary>
    /// The validation errors in the words AWS services answer with (what the local server sends), from the same
    /// errors whose own sentences the cmdlets show.
    /// </summary>
    public sealed class AwsValidationMessagesTests
    {
        [Theory]
        [InlineData("AutoMLJobName", "autoMLJobName")]
        [InlineData("AutoMLProblemTypeConfig.TabularJobConfig.CompletionCriteria.MaxCandidates", "autoMLProblemTypeConfig.tabularJobConfig.completionCriteria.maxCandidates")]
        [InlineData("AutoMLJobInputDataConfig[0].DataSource.S3DataSource.S3Uri", "autoMLJobInputDataConfig.1.member.dataSource.s3DataSource.s3Uri")]
        [InlineData("Containers[1].Environment['A''B']", "containers.2.member.environment.A'B")]
        public void Member_paths_are_written_camel_case_first_with_list_members_numbered_from_one(string path, string expected)
        {
            Assert.Equal(expected, AwsMemberPath.From(path));
        }

        [Fact]
        public void The_module_keeps_its_sentence_and_the_service_form_states_the_same_rule()
        {
            CreateAutoMLJobV2Request request = ValidRequests.Tabular();
            request.AutoMLJobName = "bad_name!";

            ValidationError error = Assert.Single(RequestValidator.Validate(request));

            Assert.StartsWith("AutoMLJobName 'bad_name!' must match the pattern", error.Message, System.StringComparison.Ordinal);
            Assert.Equal(
                "Value 'bad_name!' at 'autoMLJobName' failed to satisfy constraint: Member must satisfy regular expression pattern: " + ServiceShapes.All["AutoMLJobName"].Pattern,
                Assert.Single(AwsValidationMessages.Format(new[] { error })));
        }

        [Fact]
        public void Map_keys_and_list_members_are_reported_at_their_map_or_list_with_every_constraint_once()
        {
            var request = new CreateModelInput
            {
                ModelName = "m",
                PrimaryContainer = new ContainerDefinition
                {
                    Environment = new Dictionary<string, string> { ["1BAD"] = "x", ["OK"] = "y", ["2BAD"] = "z" },
                },
            };

            IReadOnlyList<ValidationError> errors = RequestValidator.Validate(request);
            IReadOnlyList<string> messages = AwsValidationMessages.Format(errors);

            Assert.Equal(2, errors.Count);
            Assert.Equal(
                "Value '{1BAD=x, OK=y, 2BAD=z}' at 'primaryContainer.environment' failed to satisfy constraint: Map keys must satisfy constraint: [Member must satisfy regular expression pattern: "
                + ServiceShapes.All["EnvironmentKey"].Pattern + "]",
                Assert.Single(messages));
        }

        [Fact]
        public void Lengths_ranges_enums_and_missing_members_use_the_services_constraint_words()
        {
            CreateAutoMLJobV2Request request = ValidRequests.Tabular();
            request.AutoMLJobName = new string('a', 33);
            request.RoleArn = null;
            request.AutoMLProblemTypeConfig!.TabularJobConfig!.CompletionCriteria = new AutoMLJobCompletionCriteria { MaxCandidates = 751 };
            request.AutoMLJobInputDataConfig![0].ChannelType = "testing";

            IReadOnlyList<string> messages = AwsValidationMessages.Format(RequestValidator.Validate(request));

            Assert.Contains($"Value '{request.AutoMLJobName}' at 'autoMLJobName' failed to satisfy constraint: Member must have length less than or equal to 32", messages);
            Assert.Contains("Value null at 'roleArn' failed to satisfy constraint: Member must not be null", messages);
            Assert.Contains("Value '751' at 'autoMLProblemTypeConfig.tabularJobConfig.completionCriteria.maxCandidates' failed to satisfy constraint: Member must have value less than or equal to 750", messages);
            Assert.Contains("Value 'testing' at 'autoMLJobInputDataConfig.1.member.channelType' failed to satisfy constraint: Member must satisfy enum value set: [training, validation]", messages);
        }

        [Fact]
        public void A_rule_with_no_constraint_form_keeps_the_modules_sentence()
        {
            CreateAutoMLJobV2Request request = ValidRequests.Tabular();
            request.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig = ValidRequests.TimeSeries().AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig;

            IReadOnlyList<ValidationError> errors = RequestValidator.Validate(request);
            ValidationError union = errors.First(e => e.Rule == ValidationRule.Union);

            Assert.Contains(union.Message, AwsValidationMessages.Format(errors));
        }
    }
}
