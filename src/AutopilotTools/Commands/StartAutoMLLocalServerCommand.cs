using System;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using AutopilotTools.Client.Connection;
using AutopilotTools.Infrastructure;
using AutopilotTools.LocalServer;
using AutopilotTools.Resources;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Starts the local Autopilot server that ships with the module (SageMaker, SageMaker Runtime and S3 on one
    /// loopback port, state kept under -DataPath) and makes it this session's default: AutopilotTools cmdlets go
    /// to it, signed with test credentials for its region, unless -EndpointUrl, -Credential, -ProfileName or -Region
    /// say otherwise. With -Credential, the server serves only requests signed with that access key, and the session
    /// signs with it. It stops when the session ends (even when the shell is killed), or with Stop-AutoMLLocalServer;
    /// a Ctrl+C stops the command it interrupts, not the server.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Start, "AutoMLLocalServer", SupportsShouldProcess = true)]
    [OutputType(typeof(LocalServerInfo))]
    public sealed class StartAutoMLLocalServerCommand : PSCmdlet
    {
        private readonly System.Threading.CancellationTokenSource _cancellation = new System.Threading.CancellationTokenSource();

        /// <summary>The loopback port; 0 (the default) picks a free one.</summary>
        [Parameter]
        [ValidateRange(0, 65535)]
        public int Port { get; set; }

        /// <summary>Where jobs, models and S3 objects are kept; they survive restarts.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DataPath { get; set; }

        /// <summary>The region the server answers as (ARNs, signing).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string Region { get; set; } = "us-east-1";

        /// <summary>
        /// An access key the server is to accept signatures from, and only from: AWSCredentials, a PSCredential (access
        /// key, secret key) or a hashtable with AccessKey and SecretKey. This session's cmdlets then sign with it.
        /// </summary>
        [Parameter]
        [ValidateNotNull]
        [CredentialTransformation]
        public object? Credential { get; set; }

        [Parameter]
        [SecondsTransformation]
        public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(60);

        protected override void StopProcessing() => _cancellation.Cancel();

        protected override void EndProcessing()
        {
            string dataPath = DataPath != null
                ? GetUnresolvedProviderPathFromPSPath(DataPath)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "AutopilotTools", "LocalServer");
            if (!ShouldProcess(dataPath, $"Start the local Autopilot server on port {(Port == 0 ? "(free)" : Port.ToString(System.Globalization.CultureInfo.InvariantCulture))}"))
            {
                return;
            }

            try
            {
                WriteVerbose($"Starting {LocalServerProcess.ServerAssembly} with data in {dataPath}.");
                System.Net.NetworkCredential? credential = Credential == null ? null : CredentialConverter.KeyPairOf(Credential);
                string? engines = OptionalEngines.Find(this);
                WriteVerbose(engines == null
                    ? $"{OptionalEngines.ModuleName} is not installed: the server will refuse text and image classification jobs."
                    : $"Text and image classification with the engines in {engines}.");
                LocalServerInfo server = LocalServerProcess.Start(Port, dataPath, Region, StartTimeout, _cancellation.Token, credential, engines);
                LocalServerRegistry.Add(Runspace.DefaultRunspace, Host, server);
                WriteObject(server);
            }
            catch (OperationCanceledException)
            {
                throw new PipelineStoppedException();
            }
            catch (InvalidOperationException e)
            {
                ThrowTerminatingError(ErrorRecords.Create(e, ErrorIds.LocalServerNotStarted, ErrorCategory.ResourceUnavailable, dataPath, e.Message));
            }
        }
    }
}
