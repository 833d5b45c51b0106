using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Catalog;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Problems
{
    /// <summary>
    /// A job's <c>MaxRuntimePerTrainingJobInSeconds</c> over one candidate's training (for V2 jobs "the runtime of
    /// the job candidate"), joined with the job's own token. Every problem type limits its candidates with it, so a
    /// candidate over the limit is stopped and reported alike: Failed with <see cref="FailureReason"/>, and when no
    /// candidate completed the job fails with <see cref="NoneCompleted"/>.
    /// </summary>
    public sealed class CandidateRuntimeLimit : IDisposable
    {
        private readonly CancellationTokenSource? _timer;
        private readonly CancellationTokenSource _linked;
        private readonly CancellationToken _job;

        /// <param name="limit">The limit; null when the job has none.</param>
        /// <param name="clock">The clock the limit runs on (the job's).</param>
        /// <param name="job">The job's token (stopped, or out of its own time).</param>
        public CandidateRuntimeLimit(TimeSpan? limit, TimeProvider clock, CancellationToken job)
        {
            Limit = limit;
            _job = job;
            _timer = limit is TimeSpan due ? new CancellationTokenSource(due, clock) : null;
            _linked = _timer == null ? CancellationTokenSource.CreateLinkedTokenSource(job) : CancellationTokenSource.CreateLinkedTokenSource(job, _timer.Token);
        }

        /// <summary>The limit of <paramref name="request"/>'s completion criteria, whatever its problem type; null when it sets none.</summary>
        public static TimeSpan? Of(DescribeAutoMLJobV2Response request) =>
            ProblemTypeConfigs.CompletionCriteriaOf(request.AutoMLProblemTypeConfig)?.MaxRuntimePerTrainingJobInSeconds is int seconds
                ? TimeSpan.FromSeconds(seconds)
                : null;

        /// <summary>MaxRuntimePerTrainingJobInSeconds, or null when the job has none.</summary>
        public TimeSpan? Limit { get; }

        /// <summary>Cancelled when the candidate's time runs out or the job's token fires.</summary>
        public CancellationToken Token => _linked.Token;

        /// <summary>Whether the candidate's own time ran out (rather than the job stopping or running out of time).</summary>
        public bool Reached => _timer?.IsCancellationRequested == true && !_job.IsCancellationRequested;

        /// <summary>A candidate's failure reason when its training ran over the limit.</summary>
        public string FailureReason =>
            $"Training ran longer than MaxRuntimePerTrainingJobInSeconds ({Limit?.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s) and was stopped.";

        /// <summary>The job's failure reason when none of <paramref name="finished"/> completed: each candidate's own reason.</summary>
        public static string NoneCompleted(IEnumerable<CandidateResult> finished) =>
            "No candidate completed: " + string.Join(" ", finished.Select(c => $"{c.Name}: {c.FailureReason}"));

        /// <summary>
        /// Runs a candidate's training on the thread pool under this limit, returning as soon as it finishes or
        /// <see cref="Token"/> fires, even while a training that does not look at the token runs on: its result is
        /// then discarded unseen (it saves nothing once the token has fired), and the cancellation or its exception
        /// thrown.
        /// </summary>
        public async Task<T> RunAsync<T>(Func<CancellationToken, T> training)
        {
            CancellationToken token = Token;
            Task<T> work = Task.Run(() => training(token), CancellationToken.None);
            try
            {
                return await work.WaitAsync(token).ConfigureAwait(false);
            }
            catch (Exception) when (token.IsCancellationRequested)
            {
                Abandon(work);
                throw;
            }
        }

        /// <summary>Lets abandoned work finish on its worker thread, observing its exception.</summary>
        public static void Abandon(Task work) =>
            _ = work.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously);

        /// <inheritdoc />
        public void Dispose()
        {
            _linked.Dispose();
            _timer?.Dispose();
        }
    }
}
