using System.Management.Automation;
using AutopilotTools.Client.Pipeline;

namespace AutopilotTools.Infrastructure
{
    /// <summary>What the base cmdlet writes to -Verbose and -Debug about its connection and its calls.</summary>
    public abstract partial class AutopilotCmdlet
    {
        /// <summary>
        /// Under -Debug, calls started after this (the client is asked for just before each call) record their attempts
        /// in this cmdlet's trace, which <see cref="Await{T}"/> writes out on the pipeline thread.
        /// </summary>
        private T Traced<T>(T client)
        {
            if (IsOn("Debug"))
            {
                CallTrace.Current = _trace ??= new CallTrace();
            }

            return client;
        }

        private void WriteTrace()
        {
            if (_trace != null)
            {
                foreach (string line in _trace.Take())
                {
                    WriteDebug(line);
                }
            }
        }

        /// <summary>Whether -Verbose or -Debug (or its preference variable) asks for that stream, so it is only composed when read.</summary>
        private bool IsOn(string stream)
        {
            if (MyInvocation.BoundParameters.TryGetValue(stream, out object? given))
            {
                return given is SwitchParameter flag ? flag.IsPresent : LanguagePrimitives.IsTrue(given);
            }

            return GetVariableValue(stream + "Preference") is object preference
                && LanguagePrimitives.TryConvertTo(preference, out ActionPreference value)
                && value != ActionPreference.SilentlyContinue && value != ActionPreference.Ignore;
        }
    }
}
