using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using AutopilotTools.Identity;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;
using AutopilotTools.Resources;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Lists a job's candidates, page by page as they arrive, or with -Best the job's best candidate. Candidates
    /// carry their job's name, so they pipe on (to Deploy-AutoMLCandidate, or back to Get-AutoMLJobV2).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "AutoMLCandidate", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(AutoMLCandidate))]
    public sealed class GetAutoMLCandidateCommand : AutopilotCmdlet
    {
        private const string ListSet = "List";
        private const string BestSet = "Best";

        /// <summary>The job: a name, an ARN, or a job, summary or candidate object from the pipeline.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Name", "AutoMLJobArn")]
        [ArgumentCompleter(typeof(AutoMLJobNameCompleter))]
        public AutoMLJobIdentity? AutoMLJobName { get; set; }

        /// <summary>Only candidates in this status.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ApiEnum(typeof(CandidateStatus))]
        [ArgumentCompleter(typeof(CandidateStatusCompleter))]
        public string? StatusEquals { get; set; }

        /// <summary>Only the candidate of this name.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CandidateNameCompleter))]
        public string? CandidateName { get; set; }

        /// <summary>CreationTime, Status or FinalObjectiveMetricValue.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ApiEnum(typeof(CandidateSortBy))]
        [ArgumentCompleter(typeof(CandidateSortByCompleter))]
        public string? SortBy { get; set; }

        /// <summary>Ascending or Descending.</summary>
        [Parameter(ParameterSetName = ListSet)]
        [ApiEnum(typeof(AutoMLSortOrder))]
        [ArgumentCompleter(typeof(AutoMLSortOrderCompleter))]
        public string? SortOrder { get; set; }

        /// <summary>Only the job's best candidate by its objective.</summary>
        [Parameter(Mandatory = true, ParameterSetName = BestSet)]
        public SwitchParameter Best { get; set; }

        protected override void ProcessRecord()
        {
            AutoMLJobIdentity job = AutoMLJobName!;
            if (Best)
            {
                ForJob(job, SageMakerOperations.DescribeAutoMLJobV2, WriteBest);
                return;
            }

            ForJob(job, SageMakerOperations.ListCandidatesForAutoMLJob, name =>
                WritePages<Model.AutoMLCandidate>((token, size) => ListPage(name, token, size), candidate => new AutoMLCandidate(name, candidate)));
        }

        private void WriteBest(string jobName)
        {
            DescribeAutoMLJobV2Response job = Await(SageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = jobName }, CancelToken));
            if (job.BestCandidate != null)
            {
                WriteApiObject(new AutoMLCandidate(jobName, job.BestCandidate));
                return;
            }

            WriteError(ErrorRecords.Create(
                new InvalidOperationException(Strings.Format(ErrorIds.NoBestCandidate, jobName, job.AutoMLJobStatus, job.AutoMLJobSecondaryStatus)),
                ErrorIds.NoBestCandidate, ErrorCategory.ObjectNotFound, AutoMLJobName!.Input, jobName, job.AutoMLJobStatus, job.AutoMLJobSecondaryStatus));
        }

        private async Task<(IReadOnlyList<Model.AutoMLCandidate>, string?)> ListPage(string jobName, string? nextToken, int pageSize)
        {
            var request = new ListCandidatesForAutoMLJobRequest
            {
                AutoMLJobName = jobName,
                StatusEquals = StatusEquals,
                CandidateNameEquals = CandidateName,
                SortBy = SortBy,
                SortOrder = SortOrder,
                MaxResults = pageSize,
                NextToken = nextToken,
            };
            ListCandidatesForAutoMLJobResponse page = await SageMaker.ListCandidatesForAutoMLJobAsync(request, CancelToken).ConfigureAwait(false);
            return ((IReadOnlyList<Model.AutoMLCandidate>?)page.Candidates ?? Array.Empty<Model.AutoMLCandidate>(), page.NextToken);
        }
    }
}
