using System;
using System.Threading;
using AutopilotTools.Catalog;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Pretrained.Classification
{
    /// <summary>
    /// A job's stop and its <c>MaxAutoMLJobRuntimeInSeconds</c> as one token, the limit on the job's clock. The work
    /// checks it between batches and models; a limit reached before the candidate is saved ends the job with
    /// MaxAutoMLJobRuntimeReached and no candidate, as Autopilot ends a job out of time with none completed.
    /// </summary>
    internal sealed class RuntimeLimit : IDisposable
    {
        private readonly CancellationTokenSource? _timer;
        private readonly CancellationTokenSource _linked;

        public RuntimeLimit(DescribeAutoMLJobV2Response request, TimeProvider clock, CancellationToken stop)
        {
            Seconds = ProblemTypeConfigs.CompletionCriteriaOf(request.AutoMLProblemTypeConfig)?.MaxAutoMLJobRuntimeInSeconds;
            _timer = Seconds is int seconds ? new CancellationTokenSource(TimeSpan.FromSeconds(seconds), clock) : null;
            _linked = _timer == null ? CancellationTokenSource.CreateLinkedTokenSource(stop) : CancellationTokenSource.CreateLinkedTokenSource(stop, _timer.Token);
        }

        public int? Seconds { get; }

        public CancellationToken Token => _linked.Token;

        /// <summary>Whether the time ran out (rather than the job being stopped).</summary>
        public bool Reached => _timer?.IsCancellationRequested == true;

        public void Dispose()
        {
            _linked.Dispose();
            _timer?.Dispose();
        }
    }
}
