using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using AutopilotTools.LocalServer;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Stops local servers this session started (all of them, or those piped in); their data stays. When the default
    /// one stops, the one started most recently before it becomes the default again.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "AutoMLLocalServer", SupportsShouldProcess = true)]
    [OutputType(typeof(void))]
    public sealed class StopAutoMLLocalServerCommand : PSCmdlet
    {
        [Parameter(ValueFromPipeline = true)]
        public LocalServerInfo[]? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            Runspace session = Runspace.DefaultRunspace;
            foreach (LocalServerInfo server in InputObject ?? LocalServerRegistry.Of(session).ToArray())
            {
                if (ShouldProcess(server.Url, "Stop the local Autopilot server"))
                {
                    LocalServerProcess.Stop(server.Process);
                    LocalServerRegistry.Remove(server);
                }
            }
        }
    }
}
