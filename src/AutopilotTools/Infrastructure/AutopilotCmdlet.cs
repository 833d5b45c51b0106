using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Connection;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// The base of every cmdlet that talks to AWS or the local server: the connection parameters, resolved once per
    /// invocation and only when a call is about to be made (so -WhatIf needs neither region nor credentials), and a
    /// cancellation token that Ctrl+C cancels, passed to every SDK call so a stop is prompt.
    /// </summary>
    public abstract class AutopilotCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();
        private ResolvedConnection? _connection;

        /// <summary>The AWS region, e.g. us-east-1.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(RegionCompleter))]
        public string? Region { get; set; }

        /// <summary>A profile of the shared config/credentials files or the SDK store.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [Alias("Profile")]
        public string? ProfileName { get; set; }

        /// <summary>AWSCredentials, a PSCredential (access key, secret key) or a hashtable with AccessKey, SecretKey, SessionToken.</summary>
        [Parameter]
        [ValidateNotNull]
        [CredentialTransformation]
        public object? Credential { get; set; }

        /// <summary>A service URL to use instead of AWS's, such as the local Autopilot server's.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [Alias("ServiceUrl")]
        public string? EndpointUrl { get; set; }

        /// <summary>Cancelled when the user presses Ctrl+C or the pipeline is stopped.</summary>
        protected CancellationToken CancelToken => _cancellation.Token;

        /// <summary>The SageMaker API for this invocation's connection.</summary>
        protected ISageMakerApi SageMaker => ClientCache.SageMaker(Connection);

        /// <summary>The SageMaker Runtime API for this invocation's connection.</summary>
        protected ISageMakerRuntimeApi SageMakerRuntime => ClientCache.SageMakerRuntime(Connection);

        protected ResolvedConnection Connection => _connection ??= ResolveConnection();

        protected override void StopProcessing() => _cancellation.Cancel();

        public void Dispose()
        {
            _cancellation.Dispose();
            GC.SuppressFinalize(this);
        }

        /// <summary>
        /// Waits for an SDK call on the pipeline thread, so that everything written afterwards is written from the
        /// thread PowerShell expects. A cancelled call ends the pipeline as a stop, not as an error.
        /// </summary>
        protected T Await<T>(Task<T> call)
        {
            try
            {
                return call.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        private ResolvedConnection ResolveConnection()
        {
            var options = new ConnectionOptions
            {
                Region = Region,
                ProfileName = ProfileName,
                Credential = Credential,
                EndpointUrl = EndpointUrl,
                SessionRegion = SessionDefaults.Region(SessionState),
                SessionCredential = SessionDefaults.Credentials(SessionState),
            };

            try
            {
                ResolvedConnection connection = ConnectionResolver.Resolve(options);
                WriteVerbose($"Region {connection.Region} (from {connection.RegionSource}); credentials from {connection.CredentialSource}; endpoint {connection.EndpointUrl ?? "from AWS_ENDPOINT_URL_* or the regional default"}.");
                return connection;
            }
            catch (ConnectionException e)
            {
                ThrowTerminatingError(ErrorRecords.Connection(e));
                throw;
            }
        }
    }
}
