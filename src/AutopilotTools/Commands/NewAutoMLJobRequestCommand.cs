using System.Collections.Specialized;
using System.Management.Automation;
using System.Text.Json;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;
using AutopilotTools.Requests;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Writes a CreateAutoMLJobV2 (or V1 CreateAutoMLJob) request to fill in and splat into New-AutoMLJobV2 /
    /// New-AutoMLJob, or pass as -InputObject; with -AsJson, the same as JSON for files and other tools. It calls no
    /// service.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "AutoMLJobRequest")]
    [OutputType(typeof(OrderedDictionary), typeof(string))]
    public sealed class NewAutoMLJobRequestCommand : PSCmdlet
    {
        private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions { WriteIndented = true };

        /// <summary>V2 (CreateAutoMLJobV2, every problem type) or V1 (CreateAutoMLJob, tabular).</summary>
        [Parameter(Position = 0)]
        [ValidateSet("V2", "V1")]
        public string ApiVersion { get; set; } = "V2";

        /// <summary>For V2, include only this problem type's configuration.</summary>
        [Parameter]
        [ApiEnum(typeof(AutoMLProblemTypeConfigName))]
        [ArgumentCompleter(typeof(ProblemTypeConfigNameCompleter))]
        public string? ProblemType { get; set; }

        /// <summary>Only the members the service requires.</summary>
        [Parameter]
        public SwitchParameter RequiredOnly { get; set; }

        /// <summary>Write JSON text instead of a dictionary.</summary>
        [Parameter]
        public SwitchParameter AsJson { get; set; }

        protected override void EndProcessing()
        {
            OrderedDictionary skeleton = ApiVersion == "V1"
                ? RequestSkeleton.For(typeof(CreateAutoMLJobRequest), RequiredOnly)
                : RequestSkeleton.For(typeof(CreateAutoMLJobV2Request), RequiredOnly, ProblemType == null ? null : ProblemType + "JobConfig");
            WriteObject(AsJson ? JsonSerializer.Serialize(skeleton, Indented) : (object)skeleton);
        }
    }
}
