using System;
using System.Text.Json.Nodes;
using AutopilotTools.Json;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Jobs
{
    /// <summary>
    /// Status changes of a stored job. The status members have the same names in the V1 and V2 describe documents,
    /// so one JSON patch serves both, and the indexed columns change with the document.
    /// </summary>
    internal static class JobTransitions
    {
        /// <summary>What a job that was running when the server went away says about it.</summary>
        public const string InterruptedReason =
            "The local Autopilot server was interrupted (stopped, restarted or killed) while this job was running; the job did not finish. Create it again to rerun it.";

        public static JobRecord Stopping(JobRecord job, DateTime now) =>
            Apply(job, AutoMLJobStatus.Stopping, AutoMLJobSecondaryStatus.Stopping, now, ended: false, failureReason: null);

        public static JobRecord Stopped(JobRecord job, DateTime now) =>
            Apply(job, AutoMLJobStatus.Stopped, AutoMLJobSecondaryStatus.Stopped, now, ended: true, failureReason: null);

        public static JobRecord Interrupted(JobRecord job, DateTime now) =>
            Apply(job, AutoMLJobStatus.Failed, AutoMLJobSecondaryStatus.Failed, now, ended: true, failureReason: InterruptedReason);

        public static bool IsRunning(string status) => status == AutoMLJobStatus.InProgress || status == AutoMLJobStatus.Stopping;

        /// <summary>A running job's new secondary status (AnalyzingData, FeatureEngineering, …), modified now.</summary>
        public static JobRecord Progress(JobRecord job, string secondaryStatus, DateTime now) =>
            Apply(job, job.Status, secondaryStatus, now, ended: false, failureReason: null);

        /// <summary>
        /// A job's final status, with whatever training found written into its document by <paramref name="patch"/>
        /// (best candidate, artifacts, resolved attributes); the members have the same names in both APIs' documents.
        /// </summary>
        public static JobRecord Finish(JobRecord job, string status, string secondaryStatus, DateTime now, string? failureReason, Action<JsonObject> patch) =>
            Apply(job, status, secondaryStatus, now, ended: true, failureReason, patch);

        private static JobRecord Apply(JobRecord job, string status, string secondaryStatus, DateTime now, bool ended, string? failureReason, Action<JsonObject>? patch = null)
        {
            JsonObject document = JsonNode.Parse(job.Document)!.AsObject();
            patch?.Invoke(document);
            document["AutoMLJobStatus"] = status;
            document["AutoMLJobSecondaryStatus"] = secondaryStatus;
            document["LastModifiedTime"] = Epoch(now);
            if (ended)
            {
                document["EndTime"] = Epoch(now);
            }

            if (failureReason != null)
            {
                document["FailureReason"] = failureReason;
            }

            return job with
            {
                Status = status,
                SecondaryStatus = secondaryStatus,
                LastModifiedTime = now,
                EndTime = ended ? now : job.EndTime,
                Document = document.ToJsonString(),
            };
        }

        private static JsonNode Epoch(DateTime time) => JsonValue.Create(Math.Round(EpochSecondsConverter.ToEpochSeconds(time), 3));
    }
}
