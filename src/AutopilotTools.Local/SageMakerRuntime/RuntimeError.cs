using System;
using AutopilotTools.Local.SageMaker;

namespace AutopilotTools.Local.SageMakerRuntime
{
    /// <summary>An error SageMaker Runtime answers itself (not the model's): its code, HTTP status and message.</summary>
    internal sealed class RuntimeError : Exception
    {
        public RuntimeError(string code, int status, string message)
            : base(message)
        {
            Code = code;
            Status = status;
        }

        public string Code { get; }

        public int Status { get; }

        /// <summary>The service's words for an endpoint that does not exist (the module and SDKs show them as they are).</summary>
        public static RuntimeError EndpointNotFound(string name) => Validation($"Endpoint {name} of account {Arns.Account} not found.");

        public static RuntimeError Validation(string message) => new RuntimeError("ValidationError", 400, message);

        public static RuntimeError Internal(string message) => new RuntimeError("InternalFailure", 500, message);
    }
}
