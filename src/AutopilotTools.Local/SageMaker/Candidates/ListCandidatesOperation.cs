using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.SageMaker.Paging;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Candidates
{
    /// <summary>
    /// ListCandidatesForAutoMLJob: the job must exist; candidates filtered by status and name, sorted by
    /// CreationTime (the default), Status or FinalObjectiveMetricValue, Ascending unless asked otherwise.
    /// A job has candidates only once training has made them.
    /// </summary>
    internal sealed class ListCandidatesOperation
    {
        private readonly IJobStore _jobs;
        private readonly ICandidateStore _candidates;

        public ListCandidatesOperation(IJobStore jobs, ICandidateStore candidates)
        {
            _jobs = jobs;
            _candidates = candidates;
        }

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<ListCandidatesForAutoMLJobRequest, ListCandidatesForAutoMLJobResponse>(SageMakerOperations.ListCandidatesForAutoMLJob, ListAsync);

        private async Task<ListCandidatesForAutoMLJobResponse> ListAsync(ListCandidatesForAutoMLJobRequest request, CancellationToken cancellationToken)
        {
            JobRecord job = await _jobs.GetAsync(request.AutoMLJobName!, cancellationToken) ?? throw SageMakerError.JobNotFound(request.AutoMLJobName!);
            Storage.CandidateSortBy sortBy = request.SortBy switch
            {
                Model.CandidateSortBy.Status => Storage.CandidateSortBy.Status,
                Model.CandidateSortBy.FinalObjectiveMetricValue => Storage.CandidateSortBy.FinalObjectiveMetricValue,
                _ => Storage.CandidateSortBy.CreationTime,
            };
            bool descending = request.SortOrder == AutoMLSortOrder.Descending;
            var paging = PageRequest.Sorted(sortBy, descending, request.NextToken, request.MaxResults);
            Page<CandidateRecord> page = await _candidates.ListAsync(
                new CandidateQuery(job.Name)
                {
                    StatusEquals = request.StatusEquals,
                    CandidateNameEquals = request.CandidateNameEquals,
                    SortBy = sortBy,
                    Descending = descending,
                    PageSize = paging.PageSize,
                    After = paging.After,
                },
                cancellationToken);
            return new ListCandidatesForAutoMLJobResponse
            {
                Candidates = page.Items.Select(c => Documents.Deserialize<Model.AutoMLCandidate>(c.Document)).ToList(),
                NextToken = paging.NextToken(page.Next),
            };
        }
    }
}
