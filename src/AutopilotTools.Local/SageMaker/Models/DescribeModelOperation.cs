using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Models
{
    /// <summary>DescribeModel: the model as created; a missing one is SageMaker's ValidationException "Could not find model".</summary>
    internal sealed class DescribeModelOperation
    {
        private readonly IResourceStore _models;

        public DescribeModelOperation(IResourceStore models) => _models = models;

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<DescribeModelInput, DescribeModelOutput>(SageMakerOperations.DescribeModel, DescribeAsync);

        private async Task<DescribeModelOutput> DescribeAsync(DescribeModelInput request, CancellationToken cancellationToken)
        {
            ResourceRecord model = await _models.GetAsync(request.ModelName!, cancellationToken)
                ?? throw SageMakerError.CouldNotFind("model", request.ModelName!);
            return Documents.Deserialize<DescribeModelOutput>(model.Document);
        }
    }
}
