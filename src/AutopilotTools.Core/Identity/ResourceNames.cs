using System;
using AutopilotTools.Model;
using AutopilotTools.Validation;

namespace AutopilotTools.Identity
{
    /// <summary>
    /// Reads a SageMaker resource's name from what a user typed: the name itself, or its ARN
    /// (<c>arn:&lt;partition&gt;:sagemaker:&lt;region&gt;:&lt;account&gt;:&lt;resource type&gt;/&lt;name&gt;</c>), and checks the
    /// name against the service model's rules for its shape. Each identity type states its resource type, shape and
    /// wording once; the parsing is here.
    /// </summary>
    internal static class ResourceNames
    {
        /// <param name="input">What the user gave, already trimmed.</param>
        /// <param name="arnResourceType">The ARN's resource type, e.g. <c>automl-job</c>.</param>
        /// <param name="nameShape">The service model's shape for the name, e.g. <c>AutoMLJobName</c>.</param>
        /// <param name="kind">What the name names, for messages: "an AutoML job".</param>
        public static (string Name, string? Problem) Parse(string input, string arnResourceType, string nameShape, string kind)
        {
            string name = input;
            if (input.StartsWith("arn:", StringComparison.Ordinal))
            {
                string marker = ":" + arnResourceType + "/";
                int resource = input.IndexOf(marker, StringComparison.Ordinal);
                if (resource < 0 || input.Split(':').Length < 6)
                {
                    return (input, $"{kind} ARN has the form arn:<partition>:sagemaker:<region>:<account>:{arnResourceType}/<name>");
                }

                name = input.Substring(resource + marker.Length);
            }

            string? problem = ValueRules.Check(ServiceShapes.All[nameShape], name);
            return (name, problem == null ? null : $"{kind} name {problem}");
        }
    }
}
