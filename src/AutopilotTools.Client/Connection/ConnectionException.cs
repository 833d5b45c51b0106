using System;

namespace AutopilotTools.Client.Connection
{
    /// <summary>Why no connection could be made; each has its own message and advice in the module's resources.</summary>
    public enum ConnectionProblem
    {
        NoRegion,
        NoCredentials,
        ProfileNotFound,
        InvalidEndpointUrl,
        UnsupportedCredential,
    }

    /// <summary>A connection setting is missing or unusable. Raised before any request is sent.</summary>
    public sealed class ConnectionException : Exception
    {
        public ConnectionException(ConnectionProblem problem, object? target, string message, Exception? innerException = null)
            : base(message, innerException)
        {
            Problem = problem;
            Target = target;
        }

        public ConnectionProblem Problem { get; }

        /// <summary>The offending input (a profile name, a URL, a credential object), or null when something is missing.</summary>
        public object? Target { get; }
    }
}
