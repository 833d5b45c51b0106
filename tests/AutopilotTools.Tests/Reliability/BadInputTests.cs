using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Threading.Tasks;
using AutopilotTools.Json;
using AutopilotTools.Model;
using AutopilotTools.Tests.Conformance;
using AutopilotTools.Tests.Conformance.Corpus;
using AutopilotTools.Tests.Hosting;
using AutopilotTools.Tests.Local;
using AutopilotTools.Validation;
using Xunit;
using Xunit.Abstractions;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// Invalid requests given to New-AutoMLJobV2 in the hosted module, against a real local server that counts what
    /// reaches it: every one is refused with an error naming the member, and the server sees no request at all.
    /// </summary>
    public sealed class BadInputTests
    {
        private const string ByInputObject = "New-AutoMLJobV2 -InputObject $args[0] @conn";
        private const string BySplatting = "$request = $args[0]; New-AutoMLJobV2 @request @conn";

        private const string Splat = "New-AutoMLJobV2 @request @conn";
        private const string ByHashtable = "New-AutoMLJobV2 -InputObject $request @conn";

        private const string ValidRequest = @"
            $request = @{
                AutoMLJobName            = 'bad-input'
                AutoMLJobInputDataConfig = @(@{ ChannelType = 'training'; DataSource = @{ S3DataSource = @{ S3DataType = 'S3Prefix'; S3Uri = 's3://data/train/' } } })
                OutputDataConfig         = @{ S3OutputPath = 's3://data/output/' }
                AutoMLProblemTypeConfig  = @{ TabularJobConfig = @{ TargetAttributeName = 'churn'; ProblemType = 'BinaryClassification'; CompletionCriteria = @{ MaxCandidates = 10 } } }
                AutoMLJobObjective       = @{ MetricName = 'F1' }
                RoleArn                  = 'arn:aws:iam::000000000000:role/autopilot'
            }";

        private readonly ITestOutputHelper _output;

        public BadInputTests(ITestOutputHelper output) => _output = output;

        /// <summary>
        /// The validation corpus's invalid cases of CreateAutoMLJobV2 (every constrained member of the reference model
        /// at its boundaries), as a document from the CLI or boto3 would carry them: as JSON through -InputObject, and
        /// every fourth one splatted as a hashtable. Left out: enum values in another casing ('TRAINING'), which the
        /// module accepts on purpose and sends in the API's casing (the validator itself refuses them; see
        /// ValidationCorpusTests).
        /// </summary>
        [ReferenceFact]
        public async Task EveryInvalidCorpusCaseIsRefusedNamingTheMemberAndNothingIsSent()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using PowerShellSession session = new PowerShellSession().Set("conn", server.Connection());
            var cases = ValidationCorpusTests.ReferenceCorpus.Value.Requests(ValidationCorpusTests.Baselines)
                .Where(c => c.Root == nameof(CreateAutoMLJobV2Request) && !c.Case.Valid && c.Request != null && !IsAnEnumValueInAnotherCasing(c.Case))
                .ToList();

            var failures = new List<string>();
            for (int i = 0; i < cases.Count; i++)
            {
                string json = Encoding.UTF8.GetString(ServiceJson.Serialize(cases[i].Request!, typeof(CreateAutoMLJobV2Request)));
                RunResult result = i % 4 == 0 ? session.RunScript(BySplatting, SplattableRequest.From(json)) : session.RunScript(ByInputObject, json);
                if (!RefusedNaming(result, cases[i].Case.Path))
                {
                    failures.Add($"{cases[i].Case}: {Describe(result)}");
                }
            }

            _output.WriteLine($"{cases.Count} invalid cases, {server.Server.ReceivedRequests} requests received");
            Assert.True(failures.Count == 0, string.Join("\n", failures));
            Assert.True(cases.Count > 50, $"only {cases.Count} invalid cases");
            AssertNothingSentButAValidRequestIs(server, session);
        }

        /// <summary>
        /// Inputs a script gets wrong in ways the model's constraints do not list: wrong types at every level,
        /// malformed documents, 1 MB strings, non-ASCII names, unknown keys. Each case changes a valid request
        /// ($request) and passes it by splatting or -InputObject.
        /// </summary>
        [Fact]
        public async Task MalformedHugeNonAsciiAndUnknownInputIsRefusedNamingTheMemberAndNothingIsSent()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using PowerShellSession session = new PowerShellSession().Set("conn", server.Connection());
            (string Change, string Call, string Member)[] cases =
            {
                ("$request.AutoMLJobName = @{ nested = 1 }", Splat, "AutoMLJobName"),
                ("$request.AutoMLJobInputDataConfig = 'train.csv'", Splat, "AutoMLJobInputDataConfig"),
                ("$request.AutoMLJobInputDataConfig = @('train.csv')", Splat, "AutoMLJobInputDataConfig[0]"),
                ("$request.AutoMLProblemTypeConfig.TabularJobConfig = 5", Splat, "AutoMLProblemTypeConfig.TabularJobConfig"),
                ("$request.AutoMLProblemTypeConfig.TabularJobConfig.CompletionCriteria.MaxCandidates = 'many'", Splat, "AutoMLProblemTypeConfig.TabularJobConfig.CompletionCriteria.MaxCandidates"),
                ("$request.OutputDataConfig = @(1, 2)", Splat, "OutputDataConfig"),
                ("$request.RoleArn = $null", Splat, "RoleArn"),
                ("$request.AutoMLJobName = 'a' * 1MB", Splat, "AutoMLJobName"),
                ("$request.RoleArn = 'arn:aws:iam::000000000000:role/' + ('r' * 1MB)", Splat, "RoleArn"),
                ("$request.Tags = @(@{ Key = 'team'; Value = 'v' * 1MB })", Splat, "Tags[0].Value"),
                ("$request.AutoMLJobName = 'jöb-名前'", Splat, "AutoMLJobName"),
                ("$request.AutoMLProblemTypeConfig.TabularJobConfig.ProblemType = 'Классификация'", Splat, "AutoMLProblemTypeConfig.TabularJobConfig.ProblemType"),
                ("$request.AutoMLProblemTypeConfig.TabularJobConfig.ProblemType = 'Binary'", Splat, "AutoMLProblemTypeConfig.TabularJobConfig.ProblemType"),
                ("$request.AutoMLJobNmae = 'typo'", ByHashtable, "AutoMLJobNmae"),
                ("$request.OutputDataConfig = @{ S3OutputPat = 's3://data/output/' }", Splat, "OutputDataConfig has no member 'S3OutputPat'"),
                ("$request.AutoMLJobInputDataConfig[0].ChanelType = 'training'", Splat, "AutoMLJobInputDataConfig[0] has no member 'ChanelType'"),
                ("$request = [pscustomobject]@{ AutoMLJobName = 'custom'; OutputDataConfig = 'nope' }", ByHashtable, "OutputDataConfig"),

                // Not a request at all: the error is about the whole input.
                ("$request = '{\"AutoMLJobName\": \"cut-off\",'", ByHashtable, "The input text is not a JSON object"),
                ("$request = '[1, 2, 3]'", ByHashtable, "The input must be a structure"),
                ("$request = [datetime]::UtcNow", ByHashtable, "The input must be a structure"),
            };

            var failures = new List<string>();
            foreach ((string change, string call, string member) in cases)
            {
                RunResult result = session.RunScript(ValidRequest + "\n" + change + "\n" + call);
                if (!RefusedNaming(result, member))
                {
                    failures.Add($"{change}: {Describe(result)}");
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n", failures));
            AssertNothingSentButAValidRequestIs(server, session);
        }

        private static bool IsAnEnumValueInAnotherCasing(CorpusCase c)
        {
            Step last = c.Steps[c.Steps.Count - 1];
            if (c.Expected != ValidationRule.Enum || last.Shape.Enum == null)
            {
                return false;
            }

            string? text = last is KeyStep key ? key.Key : c.Value(typeof(string)) as string;
            return last.Shape.Enum.Contains(text, System.StringComparer.OrdinalIgnoreCase);
        }

        private static void AssertNothingSentButAValidRequestIs(TestLocalServer server, PowerShellSession session)
        {
            Assert.Equal(0, server.Server.ReceivedRequests);
            string valid = Encoding.UTF8.GetString(ServiceJson.Serialize(Jobs.V2("valid-after-all"), typeof(CreateAutoMLJobV2Request)));
            session.RunScript(ByInputObject, valid).ThrowIfErrors();
            Assert.True(server.Server.ReceivedRequests > 0, "the server counts what the module sends");
        }

        /// <summary>Refused, nothing written, and among the errors one of the module's validation errors that names the member.</summary>
        private static bool RefusedNaming(RunResult result, string member) =>
            result.Output.Count == 0
            && Errors(result).Any(e => e.FullyQualifiedErrorId.StartsWith("InvalidAutoMLJobRequest,", System.StringComparison.Ordinal) && e.ToString().Contains(member, System.StringComparison.Ordinal));

        private static IEnumerable<ErrorRecord> Errors(RunResult result) => result.FirstError == null ? result.Errors : result.Errors.Prepend(result.FirstError).Distinct();

        private static string Describe(RunResult result) =>
            (result.Output.Count > 0 ? "accepted; " : string.Empty) + string.Join(" | ", Errors(result).Select(e => e.FullyQualifiedErrorId + ": " + e));
    }
}
