using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.SageMaker
{
    /// <summary>
    /// An error the service itself would answer: its code (the <c>__type</c> and <c>X-Amzn-ErrorType</c>), its message
    /// and HTTP status. Client errors are 400, as SageMaker sends them.
    /// </summary>
    internal sealed class SageMakerError : Exception
    {
        public SageMakerError(string code, string message, int status = 400)
            : base(message)
        {
            Code = code;
            Status = status;
        }

        public string Code { get; }

        public int Status { get; }

        public static SageMakerError NotFound(string message) => new SageMakerError("ResourceNotFound", message);

        public static SageMakerError InUse(string message) => new SageMakerError("ResourceInUse", message);

        public static SageMakerError Validation(string message) => new SageMakerError("ValidationException", message);

        public static SageMakerError UnknownOperation(string message) => new SageMakerError("UnknownOperationException", message);

        /// <summary>The service's wording for constraint failures: "2 validation errors detected: ...; ...".</summary>
        public static SageMakerError Validation(IReadOnlyList<string> problems) => Validation(
            $"{problems.Count} validation error{(problems.Count == 1 ? string.Empty : "s")} detected: {string.Join("; ", problems)}");

        public static SageMakerError JobNotFound(string name) => NotFound($"Could not find AutoML job with name {name}.");

        /// <summary>
        /// SageMaker's answer to DescribeTrainingJob for a name it does not know: a ValidationException, although the
        /// model lists ResourceNotFound (aws/aws-sdk#165, boto/boto3#2808). Clients match these words.
        /// </summary>
        public static SageMakerError RequestedResourceNotFound() => Validation("Requested resource not found.");

        /// <summary>
        /// SageMaker's answer for a missing model, endpoint configuration or endpoint: a ValidationException, not
        /// ResourceNotFound. Clients (the module's Remove-AutoMLDeployment among them) recognise it by these words.
        /// </summary>
        public static SageMakerError CouldNotFind(string kind, string nameOrArn) => Validation($"Could not find {kind} \"{nameOrArn}\".");

        /// <summary>SageMaker's answer for a model, endpoint configuration or endpoint whose name is taken (in any casing).</summary>
        public static SageMakerError AlreadyExists(string kind, string arn) => Validation($"Cannot create already existing {kind} \"{arn}\".");
    }
}
