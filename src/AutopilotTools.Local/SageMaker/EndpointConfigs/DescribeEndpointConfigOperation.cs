using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.EndpointConfigs
{
    /// <summary>DescribeEndpointConfig: the config as created; a missing one is SageMaker's ValidationException "Could not find endpoint configuration".</summary>
    internal sealed class DescribeEndpointConfigOperation
    {
        private readonly IResourceStore _configs;

        public DescribeEndpointConfigOperation(IResourceStore configs) => _configs = configs;

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<DescribeEndpointConfigInput, DescribeEndpointConfigOutput>(SageMakerOperations.DescribeEndpointConfig, DescribeAsync);

        private async Task<DescribeEndpointConfigOutput> DescribeAsync(DescribeEndpointConfigInput request, CancellationToken cancellationToken)
        {
            ResourceRecord config = await _configs.GetAsync(request.EndpointConfigName!, cancellationToken)
                ?? throw SageMakerError.CouldNotFind("endpoint configuration", request.EndpointConfigName!);
            return Documents.Deserialize<DescribeEndpointConfigOutput>(config.Document);
        }
    }
}
