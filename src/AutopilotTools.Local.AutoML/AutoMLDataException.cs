using System;

namespace AutopilotTools.Local.AutoML
{
    /// <summary>
    /// The data cannot be trained on: a file that is missing, unreadable, empty or malformed, a target column that is
    /// not there, a classification target with one class. The message is written for the job's <c>FailureReason</c>.
    /// </summary>
    public sealed class AutoMLDataException : Exception
    {
        /// <summary>Creates the exception with the message shown to the user.</summary>
        public AutoMLDataException(string message) : base(message) { }

        /// <summary>Creates the exception with the message shown to the user and the error behind it.</summary>
        public AutoMLDataException(string message, Exception inner) : base(message, inner) { }
    }
}
