using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AutopilotTools.Json;
using AutopilotTools.Model;
using AutopilotTools.Validation;
using Xunit;

namespace AutopilotTools.Tests.Core
{
    /// <summary>The shape checks of <see cref="RequestValidator"/>: what it reports, at which path, in which order.</summary>
    public sealed class RequestValidatorTests
    {
        public static IEnumerable<object[]> Baselines() => new[]
        {
            new object[] { ValidRequests.Tabular() },
            new object[] { ValidRequests.TextClassification() },
            new object[] { ValidRequests.ImageClassification() },
            new object[] { ValidRequests.TimeSeries() },
            new object[] { ValidRequests.V1() },
        };

        [Theory]
        [MemberData(nameof(Baselines))]
        public void Valid_requests_have_no_errors(object request)
        {
            Assert.Empty(RequestValidator.Validate(request));
        }

        [Fact]
        public void A_pattern_error_names_the_member_the_value_and_the_pattern()
        {
            var request = ValidRequests.Tabular();
            request.AutoMLJobName = "bad_name!";

            ValidationError error = Assert.Single(RequestValidator.Validate(request));

            Assert.Equal("AutoMLJobName", error.Path);
            Assert.Equal("bad_name!", error.Value);
            Assert.Equal(ValidationRule.Pattern, error.Rule);
            Assert.Equal("AutoMLJobName 'bad_name!' must match the pattern [a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}.", error.Message);
        }

        [Fact]
        public void A_value_breaking_length_and_pattern_gets_both_errors()
        {
            var request = ValidRequests.Tabular();
            request.AutoMLJobName = new string('_', 40);

            var rules = RequestValidator.Validate(request).Select(e => e.Rule);

            Assert.Equal(new[] { ValidationRule.Length, ValidationRule.Pattern }, rules);
        }

        [Fact]
        public void All_errors_come_back_in_member_order_and_the_same_every_time()
        {
            var request = ValidRequests.Tabular();
            request.AutoMLJobName = "bad_name!";
            request.AutoMLJobInputDataConfig![0].ChannelType = "Training";
            request.RoleArn = null;
            request.AutoMLProblemTypeConfig!.TabularJobConfig!.TargetAttributeName = null;

            var first = RequestValidator.Validate(request).Select(e => e.Path).ToList();
            var second = RequestValidator.Validate(request).Select(e => e.Path).ToList();

            Assert.Equal(
                new[]
                {
                    "AutoMLJobName",
                    "AutoMLJobInputDataConfig[0].ChannelType",
                    "AutoMLProblemTypeConfig.TabularJobConfig.TargetAttributeName",
                    "RoleArn",
                },
                first);
            Assert.Equal(first, second);
        }

        [Fact]
        public void A_missing_nested_member_is_required_with_its_full_path()
        {
            var request = ValidRequests.TimeSeries();
            request.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!.TimeSeriesConfig!.ItemIdentifierAttributeName = null;

            ValidationError error = Assert.Single(RequestValidator.Validate(request));

            Assert.Equal(ValidationRule.Required, error.Rule);
            Assert.Equal("AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.TimeSeriesConfig.ItemIdentifierAttributeName", error.Path);
            Assert.Null(error.Value);
            Assert.Contains("is required", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_union_with_no_member_set_is_an_error()
        {
            var request = ValidRequests.Tabular();
            request.AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig();

            ValidationError error = Assert.Single(RequestValidator.Validate(request));

            Assert.Equal(ValidationRule.Union, error.Rule);
            Assert.Equal("AutoMLProblemTypeConfig", error.Path);
            Assert.Contains("exactly one of ImageClassificationJobConfig, TextClassificationJobConfig, TimeSeriesForecastingJobConfig, TabularJobConfig, TextGenerationJobConfig", error.Message, StringComparison.Ordinal);
            Assert.Contains("none is", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_union_with_two_members_set_is_an_error_naming_both()
        {
            var request = ValidRequests.Tabular();
            request.AutoMLProblemTypeConfig!.ImageClassificationJobConfig = new ImageClassificationJobConfig();

            ValidationError error = Assert.Single(RequestValidator.Validate(request), e => e.Rule == ValidationRule.Union);

            Assert.Equal("AutoMLProblemTypeConfig", error.Path);
            Assert.Contains("ImageClassificationJobConfig and TabularJobConfig are", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Map_keys_and_values_are_checked_at_their_entry_path()
        {
            var request = ValidRequests.TimeSeries();
            request.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!.Transformations = new TimeSeriesTransformations
            {
                Filling = new Dictionary<string, Dictionary<string, string>> { ["demand"] = new Dictionary<string, string> { ["Backfill"] = "zero", ["futurefill"] = "bad value!" } },
            };

            var errors = RequestValidator.Validate(request).Where(e => e.Rule != ValidationRule.CrossField).ToList();

            const string Filling = "AutoMLProblemTypeConfig.TimeSeriesForecastingJobConfig.Transformations.Filling['demand']";
            Assert.Collection(
                errors,
                e => Assert.Equal((Filling + "['Backfill']", ValidationRule.Enum, (object?)"Backfill"), (e.Path, e.Rule, e.Value)),
                e => Assert.Equal((Filling + "['futurefill']", ValidationRule.Pattern, (object?)"bad value!"), (e.Path, e.Rule, e.Value)));
        }

        [Fact]
        public void List_counts_ranges_and_null_elements_are_errors()
        {
            var request = ValidRequests.Tabular();
            request.Tags = Enumerable.Range(0, 51).Select(i => new Tag { Key = "k" + i, Value = "v" }).ToList();
            request.AutoMLProblemTypeConfig!.TabularJobConfig!.CompletionCriteria = new AutoMLJobCompletionCriteria { MaxCandidates = 0 };
            request.AutoMLJobInputDataConfig!.Add(null!);

            var errors = RequestValidator.Validate(request).Select(e => (e.Path, e.Rule)).ToList();

            Assert.Contains(("AutoMLJobInputDataConfig[1]", ValidationRule.Required), errors);
            Assert.Contains(("AutoMLProblemTypeConfig.TabularJobConfig.CompletionCriteria.MaxCandidates", ValidationRule.Range), errors);
            Assert.Contains(("Tags", ValidationRule.Count), errors);
            Assert.Equal("Tags (51 entries) must be between 0 and 50 entries.", RequestValidator.Validate(request).Single(e => e.Path == "Tags").Message);
        }

        [Fact]
        public void Members_a_typed_object_read_from_json_does_not_know_are_unknown_with_a_suggestion()
        {
            const string Json = "{\"AutoMLJobName\":\"n\",\"RoleArnn\":\"x\",\"OutputDataConfig\":{\"S3OutputPath\":\"s3://b/o\",\"KmsKey\":\"k\"}}";
            var request = ServiceJson.Deserialize<CreateAutoMLJobRequest>(Encoding.UTF8.GetBytes(Json));

            var unknown = RequestValidator.Validate(request).Where(e => e.Rule == ValidationRule.UnknownMember).ToList();

            Assert.Collection(
                unknown,
                e => Assert.Equal(("OutputDataConfig.KmsKey", "KmsKeyId"), (e.Path, e.Suggestion)),
                e => Assert.Equal(("RoleArnn", "RoleArn"), (e.Path, e.Suggestion)));
            Assert.Contains("did you mean 'RoleArn'?", unknown[1].Message, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public void Only_model_objects_can_be_validated()
        {
            Assert.Throws<ArgumentException>(() => RequestValidator.Validate("not a request"));
            Assert.Throws<ArgumentNullException>(() => RequestValidator.Validate(null!));
        }
    }
}
