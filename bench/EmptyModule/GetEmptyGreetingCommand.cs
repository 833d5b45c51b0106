using System.Management.Automation;

namespace AutopilotTools.Bench.EmptyModule
{
    /// <summary>Writes one string: the least a binary cmdlet can do, so its first call costs only the engine's share.</summary>
    [Cmdlet(VerbsCommon.Get, "EmptyGreeting")]
    [OutputType(typeof(string))]
    public sealed class GetEmptyGreetingCommand : PSCmdlet
    {
        protected override void ProcessRecord() => WriteObject("hello");
    }
}
