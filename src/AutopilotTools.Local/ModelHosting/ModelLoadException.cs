using System;

namespace AutopilotTools.Local.ModelHosting
{
    /// <summary>A model that cannot run: an image the host does not know, model data it cannot read. The message says which and why.</summary>
    internal sealed class ModelLoadException : Exception
    {
        public ModelLoadException(string message)
            : base(message)
        {
        }

        public ModelLoadException(string message, Exception inner)
            : base(message, inner)
        {
        }
    }
}
