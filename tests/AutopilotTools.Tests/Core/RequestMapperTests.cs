using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using AutopilotTools.Mapping;
using AutopilotTools.Model;
using AutopilotTools.Validation;
using Xunit;

namespace AutopilotTools.Tests.Core
{
    /// <summary>Every input form <see cref="RequestMapper"/> takes, and the errors it gives for what it cannot map.</summary>
    public sealed class RequestMapperTests
    {
        /// <summary>A complete request as boto3's create_auto_ml_job_v2 takes it, written as JSON.</summary>
        private const string Boto3Request = @"{
          ""AutoMLJobName"": ""churn-2024"",
          ""AutoMLJobInputDataConfig"": [
            { ""ChannelType"": ""training"", ""ContentType"": ""text/csv;header=present"", ""CompressionType"": ""Gzip"",
              ""DataSource"": { ""S3DataSource"": { ""S3DataType"": ""S3Prefix"", ""S3Uri"": ""s3://bucket/train/"" } } },
            { ""ChannelType"": ""validation"", ""ContentType"": ""text/csv;header=present"", ""CompressionType"": ""Gzip"",
              ""DataSource"": { ""S3DataSource"": { ""S3DataType"": ""S3Prefix"", ""S3Uri"": ""s3://bucket/validation/"" } } }
          ],
          ""OutputDataConfig"": { ""KmsKeyId"": ""alias/autopilot"", ""S3OutputPath"": ""s3://bucket/output"" },
          ""AutoMLProblemTypeConfig"": {
            ""TabularJobConfig"": {
              ""CandidateGenerationConfig"": { ""AlgorithmsConfig"": [ { ""AutoMLAlgorithms"": [ ""xgboost"", ""lightgbm"" ] } ] },
              ""CompletionCriteria"": { ""MaxCandidates"": 50, ""MaxRuntimePerTrainingJobInSeconds"": 3600, ""MaxAutoMLJobRuntimeInSeconds"": 36000 },
              ""Mode"": ""ENSEMBLING"",
              ""GenerateCandidateDefinitionsOnly"": false,
              ""ProblemType"": ""BinaryClassification"",
              ""TargetAttributeName"": ""churned"",
              ""SampleWeightAttributeName"": ""weight""
            }
          },
          ""RoleArn"": ""arn:aws:iam::123456789012:role/AutopilotRole"",
          ""Tags"": [ { ""Key"": ""team"", ""Value"": ""ml"" } ],
          ""SecurityConfig"": {
            ""VolumeKmsKeyId"": ""alias/volumes"",
            ""EnableInterContainerTrafficEncryption"": true,
            ""VpcConfig"": { ""SecurityGroupIds"": [ ""sg-0123456789"" ], ""Subnets"": [ ""subnet-0123456789"" ] }
          },
          ""AutoMLJobObjective"": { ""MetricName"": ""F1"" },
          ""ModelDeployConfig"": { ""AutoGenerateEndpointName"": true },
          ""DataSplitConfig"": { ""ValidationFraction"": 0.2 }
        }";

        [Fact]
        public void A_boto3_request_written_as_json_maps_to_a_valid_request()
        {
            var result = RequestMapper.Map<CreateAutoMLJobV2Request>(Boto3Request);

            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
            CreateAutoMLJobV2Request request = result.Value!;
            Assert.Empty(RequestValidator.Validate(request));
            Assert.Equal("s3://bucket/validation/", request.AutoMLJobInputDataConfig![1].DataSource!.S3DataSource!.S3Uri);
            Assert.Equal(new[] { "xgboost", "lightgbm" }, request.AutoMLProblemTypeConfig!.TabularJobConfig!.CandidateGenerationConfig!.AlgorithmsConfig![0].AutoMLAlgorithms);
            Assert.Equal(36000, request.AutoMLProblemTypeConfig.TabularJobConfig.CompletionCriteria!.MaxAutoMLJobRuntimeInSeconds);
            Assert.True(request.SecurityConfig!.EnableInterContainerTrafficEncryption);
            Assert.Equal(0.2, request.DataSplitConfig!.ValidationFraction);
            Assert.Equal("ml", request.Tags!.Single().Value);
        }

        [Fact]
        public void A_json_element_maps_like_the_text()
        {
            using JsonDocument document = JsonDocument.Parse(Boto3Request);

            var result = RequestMapper.Map<CreateAutoMLJobV2Request>(document.RootElement);

            Assert.True(result.Succeeded);
            Assert.Equal("churn-2024", result.Value!.AutoMLJobName);
        }

        [Fact]
        public void Hashtables_nested_at_depth_map_with_names_and_enum_values_in_the_models_casing()
        {
            var input = new Hashtable
            {
                ["automljobname"] = "churn",
                ["ROLEARN"] = ValidRequests.RoleArn,
                ["outputdataconfig"] = new Hashtable { ["s3outputpath"] = "s3://bucket/out" },
                ["AutoMLJobInputDataConfig"] = new object[]
                {
                    new Hashtable { ["channeltype"] = "TRAINING", ["DataSource"] = new Hashtable { ["S3DataSource"] = new Hashtable { ["S3DataType"] = "s3prefix", ["S3Uri"] = "s3://bucket/in/" } } },
                },
                ["AutoMLProblemTypeConfig"] = new Hashtable
                {
                    ["tabularjobconfig"] = new Hashtable { ["TargetAttributeName"] = "y", ["mode"] = "ensembling", ["CompletionCriteria"] = new Hashtable { ["MaxCandidates"] = "10" } },
                },
            };

            var result = RequestMapper.Map<CreateAutoMLJobV2Request>(input);

            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
            CreateAutoMLJobV2Request request = result.Value!;
            Assert.Equal("churn", request.AutoMLJobName);
            Assert.Equal("training", request.AutoMLJobInputDataConfig![0].ChannelType);
            Assert.Equal("S3Prefix", request.AutoMLJobInputDataConfig[0].DataSource!.S3DataSource!.S3DataType);
            Assert.Equal("ENSEMBLING", request.AutoMLProblemTypeConfig!.TabularJobConfig!.Mode);
            Assert.Equal(10, request.AutoMLProblemTypeConfig.TabularJobConfig.CompletionCriteria!.MaxCandidates);
            Assert.Empty(RequestValidator.Validate(request));
        }

        [Fact]
        public void Typed_objects_are_taken_as_they_are_at_any_depth()
        {
            var output = new AutoMLOutputDataConfig { S3OutputPath = "s3://bucket/out" };
            var tag = new Tag { Key = "a", Value = "1" };
            var input = new Dictionary<string, object?>
            {
                ["OutputDataConfig"] = output,
                ["Tags"] = new object[] { tag, new Hashtable { ["Key"] = "b", ["Value"] = "2" } },
            };

            var result = RequestMapper.Map<CreateAutoMLJobV2Request>(input);

            Assert.True(result.Succeeded);
            Assert.Same(output, result.Value!.OutputDataConfig);
            Assert.Same(tag, result.Value.Tags![0]);
            Assert.Equal("b", result.Value.Tags[1].Key);
        }

        [Fact]
        public void A_request_object_is_returned_as_it_is_and_null_gives_an_empty_one()
        {
            var request = ValidRequests.Tabular();

            Assert.Same(request, RequestMapper.Map<CreateAutoMLJobV2Request>(request).Value);
            var empty = RequestMapper.Map<CreateAutoMLJobV2Request>(null);
            Assert.True(empty.Succeeded);
            Assert.NotNull(empty.Value);
            Assert.Null(empty.Value!.AutoMLJobName);
        }

        [Fact]
        public void An_unknown_key_is_reported_with_the_nearest_member_name()
        {
            var input = new Hashtable
            {
                ["AutoMLJobNmae"] = "churn",
                ["OutputDataConfig"] = new Hashtable { ["S3Output"] = "s3://bucket/out" },
                ["AutoMLJobInputDataConfig"] = new object[] { new Hashtable(), new OrderedDictionary { ["ChanelType"] = "training" } },
            };

            var errors = RequestMapper.Map<CreateAutoMLJobV2Request>(input).Errors.OrderBy(e => e.Path, StringComparer.Ordinal).ToList();

            Assert.All(errors, e => Assert.Equal(ValidationRule.UnknownMember, e.Rule));
            Assert.Equal(
                new[] { ("AutoMLJobInputDataConfig[1].ChanelType", "ChannelType"), ("AutoMLJobNmae", "AutoMLJobName"), ("OutputDataConfig.S3Output", "S3OutputPath") },
                errors.Select(e => (e.Path, e.Suggestion!)));
            Assert.Equal("CreateAutoMLJobV2Request has no member 'AutoMLJobNmae'. Did you mean 'AutoMLJobName'?", errors[1].Message);
        }

        [Fact]
        public void Values_of_the_wrong_kind_are_reported_at_their_path()
        {
            var input = new Hashtable
            {
                ["OutputDataConfig"] = "s3://bucket/out",
                ["AutoMLJobName"] = new[] { "a", "b" },
                ["Tags"] = new object[] { new Hashtable { ["Key"] = "k", ["Value"] = "v" }, "team=ml" },
                ["SecurityConfig"] = new Hashtable { ["EnableInterContainerTrafficEncryption"] = "yes" },
                ["AutoMLProblemTypeConfig"] = new Hashtable
                {
                    ["TabularJobConfig"] = new Hashtable { ["CompletionCriteria"] = new Hashtable { ["MaxCandidates"] = 1.5, ["MaxAutoMLJobRuntimeInSeconds"] = 1e12 } },
                },
            };

            var result = RequestMapper.Map<CreateAutoMLJobV2Request>(input);

            var errors = result.Errors.ToDictionary(e => e.Path);
            Assert.All(errors.Values, e => Assert.Equal(ValidationRule.WrongType, e.Rule));
            Assert.Equal(
                new[]
                {
                    "AutoMLJobName",
                    "AutoMLProblemTypeConfig.TabularJobConfig.CompletionCriteria.MaxAutoMLJobRuntimeInSeconds",
                    "AutoMLProblemTypeConfig.TabularJobConfig.CompletionCriteria.MaxCandidates",
                    "OutputDataConfig",
                    "SecurityConfig.EnableInterContainerTrafficEncryption",
                    "Tags[1]",
                },
                errors.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal("OutputDataConfig must be a structure (a hashtable or a JSON object), not the string 's3://bucket/out'.", errors["OutputDataConfig"].Message);
            Assert.Equal("AutoMLJobName must be a string, not a list.", errors["AutoMLJobName"].Message);
            Assert.Contains("whole number", errors["AutoMLProblemTypeConfig.TabularJobConfig.CompletionCriteria.MaxCandidates"].Message, StringComparison.Ordinal);
            Assert.Equal(1.5, errors["AutoMLProblemTypeConfig.TabularJobConfig.CompletionCriteria.MaxCandidates"].Value);
            Assert.Equal("k", result.Value!.Tags!.Single().Key);
        }

        [Fact]
        public void Errors_from_json_text_keep_their_values_after_the_document_is_gone()
        {
            var result = RequestMapper.Map<CreateAutoMLJobV2Request>("{\"RoleArn\": {\"x\": 1}, \"Extra\": [1, 2]}");

            var byPath = result.Errors.ToDictionary(e => e.Path);
            Assert.Equal((ValidationRule.WrongType, "{\"x\": 1}"), (byPath["RoleArn"].Rule, ((JsonElement)byPath["RoleArn"].Value!).GetRawText()));
            Assert.Equal((ValidationRule.UnknownMember, "[1, 2]"), (byPath["Extra"].Rule, ((JsonElement)byPath["Extra"].Value!).GetRawText()));
        }

        [Theory]
        [InlineData("not json")]
        [InlineData("[1, 2]")]
        [InlineData("{\"AutoMLJobName\": ")]
        public void Text_that_is_no_json_object_is_a_wrong_type_for_the_whole_input(string text)
        {
            var result = RequestMapper.Map<CreateAutoMLJobV2Request>(text);

            ValidationError error = Assert.Single(result.Errors);
            Assert.Equal(ValidationRule.WrongType, error.Rule);
            Assert.Equal(string.Empty, error.Path);
        }

        [Fact]
        public void Lists_of_structures_and_a_single_structure_for_a_list()
        {
            var two = RequestMapper.Map<CreateAutoMLJobV2Request>(new Hashtable
            {
                ["AutoMLJobInputDataConfig"] = new List<object> { new Hashtable { ["ChannelType"] = "training" }, new Hashtable { ["ChannelType"] = "validation" } },
            });
            var one = RequestMapper.Map<CreateAutoMLJobV2Request>(new Hashtable
            {
                ["AutoMLJobInputDataConfig"] = new Hashtable { ["ChannelType"] = "training" },
                ["AutoMLProblemTypeConfig"] = new Hashtable { ["TimeSeriesForecastingJobConfig"] = new Hashtable { ["ForecastQuantiles"] = "p50" } },
            });

            Assert.Equal(new[] { "training", "validation" }, two.Value!.AutoMLJobInputDataConfig!.Select(c => c.ChannelType));
            Assert.True(one.Succeeded);
            Assert.Equal("training", Assert.Single(one.Value!.AutoMLJobInputDataConfig!).ChannelType);
            Assert.Equal(new[] { "p50" }, one.Value.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!.ForecastQuantiles);
        }

        [Fact]
        public void Maps_keep_their_keys_canonicalize_enum_keys_and_values_and_take_numbers_as_strings()
        {
            var input = new Hashtable
            {
                ["AutoMLProblemTypeConfig"] = new Hashtable
                {
                    ["TimeSeriesForecastingJobConfig"] = new Hashtable
                    {
                        ["Transformations"] = new Hashtable
                        {
                            ["Filling"] = new Hashtable { ["demand"] = new Hashtable { ["BackFill"] = "value", ["backfill_VALUE"] = 2 } },
                            ["Aggregation"] = new Hashtable { ["demand"] = "AVG" },
                        },
                    },
                    ["TextGenerationJobConfig"] = new Hashtable { ["TextGenerationHyperParameters"] = new Dictionary<string, object> { ["epochCount"] = 5, ["learningRate"] = 0.0001m } },
                },
            };

            var result = RequestMapper.Map<CreateAutoMLJobV2Request>(input);

            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
            var transformations = result.Value!.AutoMLProblemTypeConfig!.TimeSeriesForecastingJobConfig!.Transformations!;
            Assert.Equal(new Dictionary<string, string> { ["backfill"] = "value", ["backfill_value"] = "2" }, transformations.Filling!["demand"]);
            Assert.Equal("avg", transformations.Aggregation!["demand"]);
            Assert.Equal(new Dictionary<string, string> { ["epochCount"] = "5", ["learningRate"] = "0.0001" }, result.Value.AutoMLProblemTypeConfig.TextGenerationJobConfig!.TextGenerationHyperParameters);
        }

        [Fact]
        public void Scalars_convert_from_text_and_other_numeric_types()
        {
            var result = RequestMapper.Map<CreateAutoMLJobRequest>(new Hashtable
            {
                ["GenerateCandidateDefinitionsOnly"] = "True",
                ["AutoMLJobConfig"] = new Hashtable
                {
                    ["CompletionCriteria"] = new Hashtable { ["MaxCandidates"] = 10L, ["MaxRuntimePerTrainingJobInSeconds"] = 60.0, ["MaxAutoMLJobRuntimeInSeconds"] = " 3600 " },
                    ["DataSplitConfig"] = new Hashtable { ["ValidationFraction"] = 0.25m },
                },
            });

            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
            AutoMLJobCompletionCriteria criteria = result.Value!.AutoMLJobConfig!.CompletionCriteria!;
            Assert.Equal((10, 60, 3600), (criteria.MaxCandidates, criteria.MaxRuntimePerTrainingJobInSeconds, criteria.MaxAutoMLJobRuntimeInSeconds));
            Assert.Equal(0.25, result.Value.AutoMLJobConfig.DataSplitConfig!.ValidationFraction);
            Assert.True(result.Value.GenerateCandidateDefinitionsOnly);
        }

        [Theory]
        [InlineData("2023-11-14T22:13:20Z")]
        [InlineData("2023-11-14T23:13:20+01:00")]
        [InlineData(1700000000)]
        [InlineData("1700000000")]
        public void Timestamps_come_out_in_utc(object given)
        {
            var expected = new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc);

            var fromValue = RequestMapper.Map<ListAutoMLJobsRequest>(new Hashtable { ["CreationTimeAfter"] = given }).Value!.CreationTimeAfter;
            var fromOffset = RequestMapper.Map<ListAutoMLJobsRequest>(new Hashtable { ["CreationTimeAfter"] = new DateTimeOffset(2023, 11, 14, 17, 13, 20, TimeSpan.FromHours(-5)) }).Value!.CreationTimeAfter;

            Assert.Equal(expected, fromValue);
            Assert.Equal(DateTimeKind.Utc, fromValue!.Value.Kind);
            Assert.Equal(expected, fromOffset);
        }

        [Fact]
        public void PowerShell_objects_are_read_through_their_wrappers()
        {
            var custom = new PSObject();
            custom.Properties.Add(new PSNoteProperty("key", "team"));
            custom.Properties.Add(new PSNoteProperty("Value", "ml"));
            var wrapped = PSObject.AsPSObject(new Hashtable { ["S3OutputPath"] = "s3://bucket/out" });

            var result = RequestMapper.Map<CreateAutoMLJobV2Request>(PSObject.AsPSObject(new Hashtable
            {
                ["Tags"] = PSObject.AsPSObject(new object[] { custom }),
                ["OutputDataConfig"] = wrapped,
                ["AutoMLJobName"] = PSObject.AsPSObject("churn"),
            }));

            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Errors));
            Assert.Equal(("team", "ml"), (result.Value!.Tags![0].Key!, result.Value.Tags[0].Value!));
            Assert.Equal("s3://bucket/out", result.Value.OutputDataConfig!.S3OutputPath);
            Assert.Equal("churn", result.Value.AutoMLJobName);
        }

        [Fact]
        public void The_untyped_overload_maps_to_the_type_it_is_given()
        {
            var result = RequestMapper.Map(typeof(Tag), "{\"key\": \"a\", \"value\": \"b\"}");

            Assert.Equal("a", Assert.IsType<Tag>(result.Value).Key);
            Assert.Throws<ArgumentException>(() => RequestMapper.Map(typeof(string), null));
        }
    }
}
