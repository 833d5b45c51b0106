using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AutopilotTools.Model;
using AutopilotTools.Tests.Conformance.Corpus;
using AutopilotTools.Tests.Core;
using AutopilotTools.Validation;
using Xunit;
using Xunit.Abstractions;

namespace AutopilotTools.Tests.Conformance
{
    /// <summary>
    /// The validator against the reference model itself: every constrained member reachable from the two job
    /// requests, at every boundary the model states, must get the model's verdict. The cases come from the model
    /// file (see Corpus/CorpusCases), not from a list in the test, so a model update brings its own cases.
    /// </summary>
    public sealed class ValidationCorpusTests
    {
        /// <summary>
        /// Small valid requests. The training mode is named (ENSEMBLING) so that algorithm choices are judged by
        /// their shapes and not refused wholesale by the documented rule that AUTO mode takes no algorithms.
        /// </summary>
        internal static readonly IReadOnlyDictionary<string, Func<object>> Baselines = new Dictionary<string, Func<object>>
        {
            [nameof(CreateAutoMLJobV2Request)] = () =>
            {
                CreateAutoMLJobV2Request request = ValidRequests.Tabular();
                request.AutoMLProblemTypeConfig!.TabularJobConfig!.Mode = AutoMLMode.ENSEMBLING;
                return request;
            },
            [nameof(CreateAutoMLJobRequest)] = () =>
            {
                CreateAutoMLJobRequest request = ValidRequests.V1();
                request.AutoMLJobConfig = new AutoMLJobConfig { Mode = AutoMLMode.ENSEMBLING };
                return request;
            },
        };

        /// <summary>The corpus of the reference model, made once and run by each test below.</summary>
        internal static readonly Lazy<CorpusRunner> ReferenceCorpus = new Lazy<CorpusRunner>(() => CorpusRunner.For(ReferenceModel.Shapes, Baselines.Keys));

        private static readonly ValidationRule[] ShapeRules =
        {
            ValidationRule.Required, ValidationRule.Length, ValidationRule.Pattern, ValidationRule.Enum, ValidationRule.Range, ValidationRule.Count,
        };

        private readonly ITestOutputHelper output;

        public ValidationCorpusTests(ITestOutputHelper output) => this.output = output;

        [ReferenceFact]
        public void Validator_gives_the_models_verdict_at_every_boundary_of_both_job_requests()
        {
            var clock = Stopwatch.StartNew();
            CorpusReport report = ReferenceCorpus.Value.Run(Baselines, RequestValidator.Validate);

            output.WriteLine($"{report.Summary} ({clock.ElapsedMilliseconds} ms)");
            report.RefusedByCrossFieldRules.ForEach(line => output.WriteLine("  cross-field: " + line));
            report.Unrepresentable.ForEach(line => output.WriteLine("  not expressible: " + line));
            Assert.True(report.Failures.Count == 0, string.Join(Environment.NewLine, report.Failures.Prepend(report.Summary)));
            Assert.All(ShapeRules, rule => Assert.True(report.InvalidByRule.TryGetValue(rule, out int n) && n > 0, $"the corpus made no {rule} case"));
        }

        [ReferenceFact]
        public void Corpus_catches_a_validator_that_skips_one_kind_of_rule()
        {
            foreach (ValidationRule skipped in ShapeRules)
            {
                CorpusReport report = ReferenceCorpus.Value.Run(Baselines, r => RequestValidator.Validate(r).Where(e => e.Rule != skipped).ToList());

                Assert.NotEmpty(report.Failures);
                Assert.All(report.Failures, f => Assert.Contains($"no {skipped} error", f, StringComparison.Ordinal));
            }
        }

        [ReferenceFact]
        public void Corpus_catches_a_validator_that_refuses_a_valid_value()
        {
            CorpusReport report = ReferenceCorpus.Value.Run(Baselines, r => RequestValidator.Validate(r)
                .Append(new ValidationError("RoleArn", null, ValidationRule.Pattern, "always wrong"))
                .ToList());

            Assert.Contains(report.Failures, f => f.Contains("refused, but the model allows it: [Pattern] always wrong", StringComparison.Ordinal));
        }

        [ReferenceFact]
        public void Corpus_follows_the_model_file_not_the_generated_code()
        {
            // In a private copy the job name may be one character shorter; the validator, built from the real model, disagrees.
            JsonObject model = ReferenceModel.LoadEditableCopy();
            model["shapes"]!["AutoMLJobName"]!["max"] = 31;
            using JsonDocument altered = JsonDocument.Parse(model.ToJsonString());

            CorpusReport report = CorpusRunner.For(altered.RootElement.GetProperty("shapes"), Baselines.Keys).Run(Baselines, RequestValidator.Validate);

            Assert.Contains(report.Failures, f => f.StartsWith("CreateAutoMLJobV2Request: AutoMLJobName", StringComparison.Ordinal) && f.Contains("length 32 (max 31 + 1)", StringComparison.Ordinal));
            Assert.Contains(report.Failures, f => f.StartsWith("CreateAutoMLJobRequest: AutoMLJobName", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData(@"(?!\s*$).+")]
        [InlineData(@"(a)\1")]
        [InlineData(@"a+?")]
        [InlineData(@"\p{Lu}")]
        public void Pattern_reader_refuses_what_it_does_not_know(string pattern)
        {
            var error = Assert.Throws<NotSupportedException>(() => RegexSubsetParser.Parse(pattern));

            Assert.Contains(pattern, error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [InlineData(@"[a-zA-Z0-9](-*[a-zA-Z0-9]){0,31}", 1, 40, false)] // -* has no bound: only the shape's max stops it at 32
        [InlineData(@"(^p[1-9]\d?$)", 2, 3, true)]
        [InlineData(@"1Y|Y|([1-9]|1[0-1])M|M|[1-4]W|W|[1-6]D|D|([1-9]|1[0-9]|2[0-3])H|H|([1-9]|[1-5][0-9])min", 1, 5, true)]
        public void Pattern_strings_match_and_their_breakers_do_not(string pattern, int shortest, int longest, bool nothingLonger)
        {
            var strings = new PatternStrings(pattern, longest + 1);

            Assert.False(strings.CanMake(shortest - 1));
            Assert.Equal(!nothingLonger, strings.CanMake(longest + 1));
            for (int length = shortest; length <= longest; length++)
            {
                string made = strings.Make(length, seed: length);
                string broken = strings.Break(made)!;
                Assert.True(ValueRules.MatchesPattern(pattern, made), made);
                Assert.False(ValueRules.MatchesPattern(pattern, broken), broken);
            }
        }
    }
}
