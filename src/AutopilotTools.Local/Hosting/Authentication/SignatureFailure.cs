using System;
using System.Collections.Generic;

namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>
    /// A request refused for its signature: the problem, a message fit for the client (never a secret: at most the
    /// access key id, the canonical request and the string to sign, which the client has too), and what S3 adds to its
    /// error document.
    /// </summary>
    internal sealed class SignatureFailure : Exception
    {
        public SignatureFailure(SignatureProblem problem, string message, params (string Name, string Value)[] details)
            : base(message)
        {
            Problem = problem;
            Details = details;
        }

        public SignatureProblem Problem { get; }

        public IReadOnlyList<(string Name, string Value)> Details { get; }
    }
}
