using AutopilotTools.Local.SageMaker.Paging;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Models
{
    /// <summary>
    /// ListModels: filtered by part of the name and a creation window (bounds exclusive), sorted by CreationTime (the
    /// default) or Name, Descending unless asked otherwise, 10 per page by default.
    /// </summary>
    internal static class ListModelsOperation
    {
        public static SageMakerOperation Operation(IResourceStore models) =>
            SageMakerOperation.Create<ListModelsInput, ListModelsOutput>(SageMakerOperations.ListModels, async (request, cancellationToken) =>
            {
                var (summaries, nextToken) = await ListingQueries.PageAsync(request, models, Summarize, cancellationToken);
                return new ListModelsOutput { Models = summaries, NextToken = nextToken };
            });

        private static ModelSummary Summarize(ResourceRecord model) =>
            new ModelSummary { ModelName = model.Name, ModelArn = model.Arn, CreationTime = model.CreationTime };
    }
}
