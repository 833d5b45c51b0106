using System;

namespace AutopilotTools.Deploying
{
    /// <summary>An endpoint that ended in a state other than InService, or was not InService in time.</summary>
    internal sealed class EndpointFailedException : Exception
    {
        public EndpointFailedException(string message)
            : base(message)
        {
        }
    }
}
