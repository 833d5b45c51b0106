using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker
{
    /// <summary>
    /// DescribeModel, DeleteModel, DescribeEndpointConfig and DeleteEndpointConfig: resources that never change once
    /// created are described as created and deleted with their tags, and a missing one is SageMaker's
    /// ValidationException "Could not find model" (or "endpoint configuration"). As in SageMaker, deleting one leaves
    /// endpoints made from it serving: each endpoint keeps its own copy of what it was deployed with.
    /// </summary>
    internal static class ResourceOperations
    {
        public static IEnumerable<SageMakerOperation> ForModels(IResourceStore models)
        {
            yield return Describe<DescribeModelInput, DescribeModelOutput>(SageMakerOperations.DescribeModel, models, "model", r => r.ModelName!);
            yield return Delete<DeleteModelInput>(SageMakerOperations.DeleteModel, models, "model", r => r.ModelName!);
        }

        public static IEnumerable<SageMakerOperation> ForEndpointConfigs(IResourceStore configs)
        {
            const string Kind = "endpoint configuration";
            yield return Describe<DescribeEndpointConfigInput, DescribeEndpointConfigOutput>(SageMakerOperations.DescribeEndpointConfig, configs, Kind, r => r.EndpointConfigName!);
            yield return Delete<DeleteEndpointConfigInput>(SageMakerOperations.DeleteEndpointConfig, configs, Kind, r => r.EndpointConfigName!);
        }

        /// <param name="kind">The resource as SageMaker's messages name it.</param>
        private static SageMakerOperation Describe<TRequest, TResponse>(string operation, IResourceStore store, string kind, Func<TRequest, string> nameOf)
            where TRequest : class
            where TResponse : class =>
            SageMakerOperation.Create<TRequest, TResponse>(operation, async (TRequest request, CancellationToken cancellationToken) =>
            {
                string name = nameOf(request);
                ResourceRecord resource = await store.GetAsync(name, cancellationToken) ?? throw SageMakerError.CouldNotFind(kind, name);
                return Documents.Deserialize<TResponse>(resource.Document);
            });

        private static SageMakerOperation Delete<TRequest>(string operation, IResourceStore store, string kind, Func<TRequest, string> nameOf)
            where TRequest : class =>
            SageMakerOperation.Create<TRequest, EmptyResponse>(operation, async (TRequest request, CancellationToken cancellationToken) =>
            {
                string name = nameOf(request);
                return await store.DeleteAsync(name, cancellationToken) ? new EmptyResponse() : throw SageMakerError.CouldNotFind(kind, name);
            });
    }
}
