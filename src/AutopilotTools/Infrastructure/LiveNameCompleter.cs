using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Connection;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Completes names that only the service knows (jobs, candidates). Answers come from a short-lived cache; a
    /// fetch that takes longer than <see cref="PromptBudget"/> is left to finish in the background for the next Tab, so
    /// the prompt is never held up. Only answers are kept: after a failed fetch (offline, no credentials, a server
    /// not up yet) the next Tab asks again. Names come from the connection the command would use, the session's local
    /// server included.
    /// </summary>
    public abstract class LiveNameCompleter : IArgumentCompleter
    {
        private static readonly TimeSpan PromptBudget = TimeSpan.FromMilliseconds(1500);
        private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(30);
        private static readonly ConcurrentDictionary<string, Lookup> Lookups = new ConcurrentDictionary<string, Lookup>();

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            ConnectionOptions options = OptionsFrom(fakeBoundParameters);
            string? scope = ScopeOf(fakeBoundParameters);
            if (scope == null)
            {
                return Array.Empty<CompletionResult>();
            }

            try
            {
                // The connection the command itself would use: the session's local server when it would go there.
                LocalServer.SessionServerConnection.Apply(options, System.Management.Automation.Runspaces.Runspace.DefaultRunspace, PSObjects.Unwrap(SessionVariable("Host")) as System.Management.Automation.Host.PSHost);
            }
            catch (LocalServer.LocalServerGoneException)
            {
                // The command will say the server is gone; completion has nothing to offer.
                return Array.Empty<CompletionResult>();
            }

            string key = string.Join("|", GetType().Name, scope, options.Region, options.ProfileName, options.EndpointUrl, options.SessionRegion, options.CredentialSource ?? options.Credential?.GetHashCode().ToString(System.Globalization.CultureInfo.InvariantCulture), options.SessionCredential?.GetHashCode());
            Lookup lookup = Lookups.AddOrUpdate(
                key,
                _ => Lookup.Start(() => FetchAsync(options, scope)),
                (_, existing) => existing.IsStale(FreshFor) || existing.HasFailed ? Lookup.Start(() => FetchAsync(options, scope)) : existing);

            IReadOnlyList<string> names = lookup.Names(PromptBudget);
            return names
                .Where(name => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(name => new CompletionResult(name, name, CompletionResultType.ParameterValue, name));
        }

        /// <summary>What the names belong to (a job for candidates), or null when the command line does not say yet.</summary>
        protected abstract string? ScopeOf(IDictionary fakeBoundParameters);

        /// <summary>Lists the names, most recent first, one page.</summary>
        protected abstract Task<IReadOnlyList<string>> ListAsync(ISageMakerApi api, string scope, CancellationToken cancellationToken);

        private async Task<IReadOnlyList<string>> FetchAsync(ConnectionOptions options, string scope)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            ResolvedConnection connection = await Task.Run(() => ConnectionResolver.Resolve(options), timeout.Token).ConfigureAwait(false);
            return await ListAsync(ClientCache.SageMaker(connection), scope, timeout.Token).ConfigureAwait(false);
        }

        private static ConnectionOptions OptionsFrom(IDictionary bound)
        {
            object? credential = PSObjects.Unwrap(bound["Credential"]);
            return new ConnectionOptions
            {
                Region = bound["Region"] as string,
                ProfileName = bound["ProfileName"] as string,
                EndpointUrl = bound["EndpointUrl"] as string,
                Credential = credential,
                SessionRegion = SessionDefaults.Region(SessionVariable("StoredAWSRegion")),
                SessionCredential = SessionDefaults.Credentials(SessionVariable("StoredAWSCredentials")),
            };
        }

        /// <summary>
        /// Reads a session variable from the completer's own thread, which is the runspace's (its SessionStateProxy
        /// refuses while the completion pipeline runs).
        /// </summary>
        private static object? SessionVariable(string name)
        {
            var values = ScriptBlock.Create("$" + name).Invoke();
            return values.Count == 0 ? null : values[0];
        }

        /// <summary>One fetch and what became of it.</summary>
        private sealed class Lookup
        {
            private readonly DateTime _started = DateTime.UtcNow;
            private readonly Task<IReadOnlyList<string>> _fetch;

            private Lookup(Task<IReadOnlyList<string>> fetch) => _fetch = fetch;

            public static Lookup Start(Func<Task<IReadOnlyList<string>>> fetch) => new Lookup(Task.Run(fetch));

            public bool IsStale(TimeSpan freshFor) => DateTime.UtcNow - _started > freshFor;

            /// <summary>A failure is not an answer: it is not kept for the next Tab.</summary>
            public bool HasFailed => _fetch.IsFaulted || _fetch.IsCanceled;

            public IReadOnlyList<string> Names(TimeSpan budget)
            {
                try
                {
                    return _fetch.Wait(budget) ? _fetch.Result : Array.Empty<string>();
                }
                catch (AggregateException)
                {
                    // Offline, no credentials, access denied: no completions now; the next Tab fetches again.
                    return Array.Empty<string>();
                }
            }
        }
    }

    /// <summary>Completes AutoML job names from the account, most recent first.</summary>
    public sealed class AutoMLJobNameCompleter : LiveNameCompleter
    {
        protected override string? ScopeOf(IDictionary fakeBoundParameters) => "jobs";

        protected override async Task<IReadOnlyList<string>> ListAsync(ISageMakerApi api, string scope, CancellationToken cancellationToken)
        {
            var page = await api.ListAutoMLJobsAsync(new Model.ListAutoMLJobsRequest { SortBy = "CreationTime", SortOrder = "Descending", MaxResults = 100 }, cancellationToken).ConfigureAwait(false);
            return page.AutoMLJobSummaries?.Select(s => s.AutoMLJobName!).Where(n => n != null).ToList() ?? new List<string>();
        }
    }

    /// <summary>Completes batch transform job names from the account, most recent first.</summary>
    public sealed class TransformJobNameCompleter : LiveNameCompleter
    {
        protected override string? ScopeOf(IDictionary fakeBoundParameters) => "transform jobs";

        protected override async Task<IReadOnlyList<string>> ListAsync(ISageMakerApi api, string scope, CancellationToken cancellationToken)
        {
            var request = new Model.ListTransformJobsRequest { SortBy = Model.SortBy.CreationTime, SortOrder = Model.SortOrder.Descending, MaxResults = 100 };
            var page = await api.ListTransformJobsAsync(request, cancellationToken).ConfigureAwait(false);
            return page.TransformJobSummaries?.Select(s => s.TransformJobName!).Where(n => n != null).ToList() ?? new List<string>();
        }
    }

    /// <summary>Completes candidate names of the job already on the command line.</summary>
    public sealed class CandidateNameCompleter : LiveNameCompleter
    {
        protected override string? ScopeOf(IDictionary fakeBoundParameters)
        {
            object? job = PSObjects.Unwrap(fakeBoundParameters["AutoMLJobName"]);
            return job?.ToString();
        }

        protected override async Task<IReadOnlyList<string>> ListAsync(ISageMakerApi api, string scope, CancellationToken cancellationToken)
        {
            var request = new Model.ListCandidatesForAutoMLJobRequest { AutoMLJobName = new Identity.AutoMLJobIdentity(scope).Name, SortBy = "FinalObjectiveMetricValue", SortOrder = "Descending", MaxResults = 100 };
            var page = await api.ListCandidatesForAutoMLJobAsync(request, cancellationToken).ConfigureAwait(false);
            return page.Candidates?.Select(c => c.CandidateName!).Where(n => n != null).ToList() ?? new List<string>();
        }
    }
}
