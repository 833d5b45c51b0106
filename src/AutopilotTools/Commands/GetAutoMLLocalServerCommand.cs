using System.Management.Automation;
using System.Management.Automation.Runspaces;
using AutopilotTools.LocalServer;

namespace AutopilotTools.Commands
{
    /// <summary>The local servers this session started, and which one its cmdlets use by default.</summary>
    [Cmdlet(VerbsCommon.Get, "AutoMLLocalServer")]
    [OutputType(typeof(LocalServerInfo))]
    public sealed class GetAutoMLLocalServerCommand : PSCmdlet
    {
        protected override void EndProcessing() => WriteObject(LocalServerRegistry.Of(Runspace.DefaultRunspace), enumerateCollection: true);
    }
}
