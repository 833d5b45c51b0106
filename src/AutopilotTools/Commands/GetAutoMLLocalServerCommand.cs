using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using AutopilotTools.LocalServer;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// The local servers this session started, and which one its cmdlets use by default; in a runspace that started
    /// none (ForEach-Object -Parallel, Start-ThreadJob), the session's server it uses.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AutoMLLocalServer")]
    [OutputType(typeof(LocalServerInfo))]
    public sealed class GetAutoMLLocalServerCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var own = LocalServerRegistry.Of(Runspace.DefaultRunspace);
            WriteObject(own.Count > 0 ? own : new[] { LocalServerRegistry.DefaultOf(Runspace.DefaultRunspace, Host) }.Where(s => s != null), enumerateCollection: true);
        }
    }
}
