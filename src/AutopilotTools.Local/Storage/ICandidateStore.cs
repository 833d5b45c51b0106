using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// Candidates of AutoML jobs. Only training adds them (it comes later); until then every job has none, and the
    /// listing is still complete: filters, sort orders and pages work the same on an empty table.
    /// </summary>
    internal interface ICandidateStore
    {
        /// <summary>Adds or replaces a candidate; its job must exist.</summary>
        Task PutAsync(CandidateRecord candidate, CancellationToken cancellationToken);

        Task<Page<CandidateRecord>> ListAsync(CandidateQuery query, CancellationToken cancellationToken);
    }
}
