using System.Collections.Generic;
using System.Management.Automation;
using AutopilotTools.Identity;

namespace AutopilotTools.Waiting
{
    /// <summary>
    /// Write-Progress for a wait: one overall bar, and one child bar per job (status, secondary status, run time,
    /// candidates so far) for as many jobs as a console can show; each job's bar closes when it finishes.
    /// </summary>
    internal sealed class WaitProgress
    {
        private const int OverallId = 1;
        private const int MaxJobBars = 10;

        private readonly Cmdlet _cmdlet;
        private readonly int _total;
        private readonly Dictionary<string, int> _barIds = new Dictionary<string, int>();

        public WaitProgress(Cmdlet cmdlet, int total)
        {
            _cmdlet = cmdlet;
            _total = total;
        }

        public void Show(WaitEvent.Progress status)
        {
            _cmdlet.WriteProgress(new ProgressRecord(OverallId, $"Waiting for {_total} AutoML job(s)", $"{status.FinishedCount} of {status.Total} finished, {status.Pending.Count} running")
            {
                PercentComplete = status.Total == 0 ? 100 : status.FinishedCount * 100 / status.Total,
            });

            for (int i = 0; i < status.Pending.Count && i < MaxJobBars; i++)
            {
                WatchedJob job = status.Pending[i];
                string candidates = job.Candidates.HasValue ? $", {job.Candidates} candidate(s)" : string.Empty;
                _cmdlet.WriteProgress(new ProgressRecord(BarId(job.Identity), job.Identity.Name,
                    $"{job.Status ?? "?"} / {job.SecondaryStatus ?? "?"}, running {AutopilotTools.Display.Duration(job.Elapsed)}{candidates}")
                {
                    ParentActivityId = OverallId,
                });
            }
        }

        public void Done(AutoMLJobIdentity identity)
        {
            if (_barIds.TryGetValue(identity.Name, out int id))
            {
                _cmdlet.WriteProgress(new ProgressRecord(id, identity.Name, "Finished") { ParentActivityId = OverallId, RecordType = ProgressRecordType.Completed });
            }
        }

        public void Complete() =>
            _cmdlet.WriteProgress(new ProgressRecord(OverallId, $"Waiting for {_total} AutoML job(s)", "Done") { RecordType = ProgressRecordType.Completed });

        private int BarId(AutoMLJobIdentity identity)
        {
            if (!_barIds.TryGetValue(identity.Name, out int id))
            {
                id = OverallId + 1 + _barIds.Count;
                _barIds[identity.Name] = id;
            }

            return id;
        }
    }
}
