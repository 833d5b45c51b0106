using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Connection;
using AutopilotTools.Client.Errors;
using AutopilotTools.Client.Pipeline;
using AutopilotTools.Identity;
using AutopilotTools.Resources;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// The base of every cmdlet that talks to AWS or the local server: the connection parameters, resolved once per
    /// invocation and only when a call is about to be made (so -WhatIf needs neither region nor credentials), and a
    /// cancellation token that Ctrl+C cancels, passed to every SDK call so a stop is prompt.
    /// </summary>
    public abstract partial class AutopilotCmdlet : PSCmdlet, IDisposable
    {
        /// <summary>The largest MaxResults the list APIs accept.</summary>
        private const int MaxPageSize = 100;

        private readonly CancellationTokenSource _cancellation = new CancellationTokenSource();
        private ResolvedConnection? _connection;
        private CallTrace? _trace;

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

        /// <summary>The SageMaker API for this invocation's connection; calls made on it report to -Debug.</summary>
        protected ISageMakerApi SageMaker => Traced(ClientCache.SageMaker(Connection));

        /// <summary>The SageMaker Runtime API for this invocation's connection; calls made on it report to -Debug.</summary>
        protected ISageMakerRuntimeApi SageMakerRuntime => Traced(ClientCache.SageMakerRuntime(Connection));

        protected ResolvedConnection Connection => _connection ??= ResolveConnection();

        protected override void StopProcessing() => _cancellation.Cancel();

        public void Dispose()
        {
            if (_trace != null && CallTrace.Current == _trace)
            {
                CallTrace.Current = null;
            }

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
            finally
            {
                WriteTrace();
            }
        }

        /// <summary>
        /// Runs one call about one job, reporting what goes wrong as a non-terminating error about that job, so the
        /// other jobs in the pipeline still get their turn: a malformed name or ARN (before any request), a job that
        /// does not exist, or any other service or network failure.
        /// </summary>
        protected void ForJob(AutoMLJobIdentity job, string operation, Action<string> call) =>
            ForResource(job.Input, job.Name, job.Problem, ErrorIds.InvalidAutoMLJobIdentity, ErrorIds.AutoMLJobNotFound, e => e is ResourceNotFoundException, operation, call);

        /// <summary>
        /// As <see cref="ForJob"/>, for a batch transform job. SageMaker answers a missing transform job with a
        /// ValidationException ("Could not find requested job …"), not ResourceNotFound; both are reported as not found.
        /// </summary>
        protected void ForTransformJob(TransformJobIdentity job, string operation, Action<string> call) =>
            ForResource(job.Input, job.Name, job.Problem, ErrorIds.InvalidTransformJobIdentity, ErrorIds.TransformJobNotFound, ServiceFailure.IsNotFound, operation, call);

        private void ForResource(string input, string name, string? problem, string invalidId, string notFoundId, Func<Exception, bool> isNotFound, string operation, Action<string> call)
        {
            if (problem != null)
            {
                WriteError(ErrorRecords.InvalidIdentity(input, problem, invalidId));
                return;
            }

            try
            {
                call(name);
            }
            catch (Exception e) when (isNotFound(e))
            {
                WriteError(ErrorRecords.Create(e, notFoundId, ErrorCategory.ObjectNotFound, input, name, Connection.Region));
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
            {
                WriteError(ErrorRecords.Service(operation, e, input));
            }
        }

        /// <summary>
        /// Streams a paginated list: each page's items are written before the next page is asked for, and no page is
        /// fetched that -First (or -Skip) does not need. Page sizes follow what is still wanted, up to the API's 100.
        /// </summary>
        protected void WritePages<TItem>(Func<string?, int, Task<(IReadOnlyList<TItem> Items, string? NextToken)>> fetchPage, Func<TItem, object> toOutput)
        {
            ulong first = PagingParameters?.First ?? ulong.MaxValue;
            ulong toSkip = PagingParameters?.Skip ?? 0;
            ulong written = 0;
            string? nextToken = null;
            do
            {
                ulong wanted = first - written + toSkip;
                int pageSize = wanted > MaxPageSize ? MaxPageSize : (int)Math.Max(1, wanted);
                (IReadOnlyList<TItem> items, string? token) = Await(fetchPage(nextToken, pageSize));
                foreach (TItem item in items)
                {
                    if (toSkip > 0)
                    {
                        toSkip--;
                        continue;
                    }

                    if (written == first)
                    {
                        return;
                    }

                    WriteApiObject(toOutput(item));
                    written++;
                }

                nextToken = string.IsNullOrEmpty(token) ? null : token;
            }
            while (nextToken != null && written < first);
        }

        /// <summary>As <see cref="Await{T}"/>, for calls with no result.</summary>
        protected void Await(Task call) => Await(Completed(call));

        /// <summary>Writes an object of the API's model with members newer than the module's model as its properties too.</summary>
        protected void WriteApiObject(object model) => WriteObject(NewerMemberProperties.Attach(model));

        /// <summary>For helpers that make calls on behalf of the cmdlet: <see cref="Await{T}"/> by another name.</summary>
        internal T AwaitCall<T>(Task<T> call) => Await(call);

        /// <summary>For helpers: the token every call takes.</summary>
        internal CancellationToken Cancellation => _cancellation.Token;

        /// <summary>One service call of a poll; throttling and network failures are logged and waited out (false) until the next poll.</summary>
        internal bool PollCall(Func<Task> call)
        {
            try
            {
                Await(call());
                return true;
            }
            catch (Exception e) when (ServiceFailure.IsTransient(e) && !CancelToken.IsCancellationRequested)
            {
                WriteVerbose("Waiting out a failed poll: " + e.Message);
                return false;
            }
        }

        /// <summary>Waits between polls; Ctrl+C ends the wait (and the pipeline) at once.</summary>
        internal void Pause(TimeSpan delay)
        {
            if (_cancellation.Token.WaitHandle.WaitOne(delay))
            {
                throw new PipelineStoppedException();
            }
        }

        private static async Task<bool> Completed(Task call)
        {
            await call.ConfigureAwait(false);
            return true;
        }

        private ResolvedConnection ResolveConnection()
        {
            var options = new ConnectionOptions
            {
                Region = Region,
                ProfileName = ProfileName,
                Credential = Credential,
                EndpointUrl = EndpointUrl,
                SessionRegion = SessionDefaults.Region(SessionState.PSVariable),
                SessionCredential = SessionDefaults.Credentials(SessionState.PSVariable),
            };

            try
            {
                // A local server started in this session is where calls go unless the parameters say otherwise.
                LocalServer.SessionServerConnection.Apply(options, System.Management.Automation.Runspaces.Runspace.DefaultRunspace, Host);
            }
            catch (LocalServer.LocalServerGoneException e)
            {
                ThrowTerminatingError(ErrorRecords.LocalServerExited(e));
            }

            try
            {
                ResolvedConnection connection = ConnectionResolver.Resolve(options);
                if (IsOn("Verbose"))
                {
                    string endpoint = connection.EndpointUrl != null ? $"{connection.EndpointUrl} (from {connection.EndpointSource})" : ConnectionSources.ConfiguredEndpoint(connection);
                    WriteVerbose($"Region {connection.Region} (from {connection.RegionSource}); credentials from {connection.CredentialSource}; endpoint {endpoint}.");
                }

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
