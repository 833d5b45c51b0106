using System;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.TransformJobs
{
    /// <summary>A transform job's describe document: made from the request, summarised for listings, moved from status to status.</summary>
    internal static class TransformJobDocuments
    {
        public const string InterruptedReason =
            "The local Autopilot server was interrupted (stopped, restarted or killed) while this transform job was running; the job did not finish. Create it again to rerun it.";

        /// <summary>Every member the request shares with the describe document (Tags stay behind), InProgress.</summary>
        public static DescribeTransformJobResponse FromCreate(CreateTransformJobRequest request, string arn, DateTime now) =>
            ModelCopy.SameNamed(request, new DescribeTransformJobResponse
            {
                TransformJobArn = arn,
                TransformJobStatus = TransformJobStatus.InProgress,
                CreationTime = now,
            });

        public static DescribeTransformJobResponse Describe(TransformJobRecord job) => Documents.Deserialize<DescribeTransformJobResponse>(job.Document);

        public static TransformJobSummary Summarize(TransformJobRecord job)
        {
            DescribeTransformJobResponse described = Describe(job);
            return new TransformJobSummary
            {
                TransformJobName = job.Name,
                TransformJobArn = job.Arn,
                CreationTime = job.CreationTime,
                TransformEndTime = described.TransformEndTime,
                LastModifiedTime = job.LastModifiedTime,
                TransformJobStatus = job.Status,
                FailureReason = described.FailureReason,
            };
        }

        /// <summary>The job started on: InProgress with its start time.</summary>
        public static TransformJobRecord Started(TransformJobRecord job, DateTime now) =>
            Apply(job, TransformJobStatus.InProgress, now, d => d.TransformStartTime ??= now);

        public static TransformJobRecord Stopping(TransformJobRecord job, DateTime now) => Apply(job, TransformJobStatus.Stopping, now, _ => { });

        /// <summary>A final status (Completed, Failed, Stopped), with the end time and, when Failed, the reason.</summary>
        public static TransformJobRecord Finished(TransformJobRecord job, string status, DateTime now, string? failureReason) =>
            Apply(job, status, now, d =>
            {
                d.TransformEndTime = now;
                d.FailureReason = failureReason;
            });

        public static TransformJobRecord Interrupted(TransformJobRecord job, DateTime now) =>
            job.Status == TransformJobStatus.Stopping
                ? Finished(job, TransformJobStatus.Stopped, now, null)
                : Finished(job, TransformJobStatus.Failed, now, InterruptedReason);

        public static bool IsRunning(string status) => status == TransformJobStatus.InProgress || status == TransformJobStatus.Stopping;

        private static TransformJobRecord Apply(TransformJobRecord job, string status, DateTime now, Action<DescribeTransformJobResponse> change)
        {
            DescribeTransformJobResponse described = Describe(job);
            described.TransformJobStatus = status;
            change(described);
            return job with { Status = status, LastModifiedTime = now, Document = Documents.Serialize(described) };
        }
    }
}
