using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.SageMaker.Paging;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Models
{
    /// <summary>
    /// ListModels: filtered by part of the name and a creation window (bounds exclusive), sorted by CreationTime (the
    /// default) or Name, Descending unless asked otherwise, 10 per page by default.
    /// </summary>
    internal sealed class ListModelsOperation
    {
        private readonly IResourceStore _models;

        public ListModelsOperation(IResourceStore models) => _models = models;

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<ListModelsInput, ListModelsOutput>(SageMakerOperations.ListModels, ListAsync);

        private async Task<ListModelsOutput> ListAsync(ListModelsInput request, CancellationToken cancellationToken)
        {
            var (query, paging) = ListingQueries.Named(request);
            var page = await _models.ListAsync(query, cancellationToken);
            return new ListModelsOutput
            {
                Models = page.Items.Select(m => new ModelSummary { ModelName = m.Name, ModelArn = m.Arn, CreationTime = m.CreationTime }).ToList(),
                NextToken = paging.NextToken(page.Next),
            };
        }
    }
}
