using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.SageMaker.Paging;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Tags
{
    /// <summary>
    /// AddTags, ListTags and DeleteTags on the ARN of an existing AutoML job, model, endpoint config or endpoint. A
    /// resource holds at most 50 tags; adding a key it has replaces the value; ListTags pages in key order, 50 by
    /// default. Deleting a resource deletes its tags.
    /// </summary>
    internal sealed class TagOperations
    {
        private const int MaxTagsPerResource = 50;
        private const int DefaultPageSize = 50;

        private readonly ITagStore _tags;
        private readonly IJobStore _jobs;
        private readonly IResourceStore _models;
        private readonly IResourceStore _configs;
        private readonly IEndpointStore _endpoints;
        private readonly ITransformJobStore _transformJobs;

        public TagOperations(ITagStore tags, IJobStore jobs, IResourceStore models, IResourceStore configs, IEndpointStore endpoints, ITransformJobStore transformJobs)
        {
            _tags = tags;
            _jobs = jobs;
            _models = models;
            _configs = configs;
            _endpoints = endpoints;
            _transformJobs = transformJobs;
        }

        public IEnumerable<SageMakerOperation> Operations()
        {
            yield return SageMakerOperation.Create<AddTagsInput, AddTagsOutput>(SageMakerOperations.AddTags, AddAsync);
            yield return SageMakerOperation.Create<ListTagsInput, ListTagsOutput>(SageMakerOperations.ListTags, ListAsync);
            yield return SageMakerOperation.Create<DeleteTagsInput, DeleteTagsOutput>(SageMakerOperations.DeleteTags, DeleteAsync);
        }

        private async Task<AddTagsOutput> AddAsync(AddTagsInput request, CancellationToken cancellationToken)
        {
            string arn = await RequireResourceAsync(request.ResourceArn!, cancellationToken);
            IReadOnlyList<KeyValuePair<string, string>> tags = Documents.Tags(request.Tags);
            if (await _tags.CountAsync(arn, tags.Select(t => t.Key), cancellationToken) > MaxTagsPerResource)
            {
                throw SageMakerError.Validation($"A resource can have at most {MaxTagsPerResource} tags; these would make more.");
            }

            await _tags.AddAsync(arn, tags, cancellationToken);
            return new AddTagsOutput { Tags = request.Tags };
        }

        private async Task<ListTagsOutput> ListAsync(ListTagsInput request, CancellationToken cancellationToken)
        {
            string arn = await RequireResourceAsync(request.ResourceArn!, cancellationToken);
            // Tags page in key order only, so every token carries the same order.
            var paging = new PageRequest("Key:Ascending", request.NextToken, request.MaxResults, DefaultPageSize);
            Page<KeyValuePair<string, string>> page = await _tags.ListAsync(arn, paging.PageSize, paging.After, cancellationToken);
            return new ListTagsOutput
            {
                Tags = page.Items.Select(t => new Tag { Key = t.Key, Value = t.Value }).ToList(),
                NextToken = paging.NextToken(page.Next),
            };
        }

        private async Task<DeleteTagsOutput> DeleteAsync(DeleteTagsInput request, CancellationToken cancellationToken)
        {
            string arn = await RequireResourceAsync(request.ResourceArn!, cancellationToken);
            await _tags.DeleteAsync(arn, request.TagKeys!, cancellationToken);
            return new DeleteTagsOutput();
        }

        /// <summary>The ARN when it names a resource that exists.</summary>
        private async Task<string> RequireResourceAsync(string arn, CancellationToken cancellationToken)
        {
            bool exists = Arns.ResourceType(arn) switch
            {
                Arns.AutoMLJobType => await _jobs.ExistsWithArnAsync(arn, cancellationToken),
                Arns.ModelType => await _models.ExistsWithArnAsync(arn, cancellationToken),
                Arns.EndpointConfigType => await _configs.ExistsWithArnAsync(arn, cancellationToken),
                Arns.EndpointType => await _endpoints.ExistsWithArnAsync(arn, cancellationToken),
                Arns.TransformJobType => await _transformJobs.ExistsWithArnAsync(arn, cancellationToken),
                _ => false,
            };
            return exists ? arn : throw SageMakerError.NotFound($"Could not find a resource with ARN {arn}.");
        }
    }
}
