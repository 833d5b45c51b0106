using System;

namespace AutopilotTools.Local.AutoML
{
    /// <summary>
    /// The job specification asks for something the engine cannot honour (an unknown or unsupported algorithm, a
    /// metric that does not fit the problem type, an out-of-range value). Thrown before any data is read; the server
    /// reports it as a <c>ValidationException</c>.
    /// </summary>
    public sealed class AutoMLValidationException : Exception
    {
        /// <summary>Creates the exception with the message shown to the user.</summary>
        public AutoMLValidationException(string message) : base(message) { }
    }
}
