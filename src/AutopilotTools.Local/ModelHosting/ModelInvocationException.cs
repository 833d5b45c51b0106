using System;

namespace AutopilotTools.Local.ModelHosting
{
    /// <summary>
    /// The model's own error answer to an invocation: the status its container would send (400 for a row it cannot
    /// read, 415 for a content type it does not take, 500 when it breaks) and its message. SageMaker Runtime passes
    /// these on as ModelError's OriginalStatusCode and OriginalMessage.
    /// </summary>
    internal sealed class ModelInvocationException : Exception
    {
        public ModelInvocationException(int statusCode, string message)
            : base(message)
        {
            StatusCode = statusCode;
        }

        public ModelInvocationException(int statusCode, string message, Exception inner)
            : base(message, inner)
        {
            StatusCode = statusCode;
        }

        public int StatusCode { get; }
    }
}
