using System;

namespace AutopilotTools.Local.AutoML.Problems
{
    /// <summary>A model's container environment asks for what the model cannot do; the message says what and what it can.</summary>
    public sealed class ModelConfigurationException : Exception
    {
        /// <summary>Creates the exception with its reason.</summary>
        public ModelConfigurationException(string message) : base(message) { }
    }
}
