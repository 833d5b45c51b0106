using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Models
{
    /// <summary>
    /// DeleteModel: removes the model and its tags. As in SageMaker, endpoints already using it keep serving: each
    /// endpoint keeps its own copy of the containers it was deployed with.
    /// </summary>
    internal sealed class DeleteModelOperation
    {
        private readonly IResourceStore _models;

        public DeleteModelOperation(IResourceStore models) => _models = models;

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<DeleteModelInput, EmptyResponse>(SageMakerOperations.DeleteModel, DeleteAsync);

        private async Task<EmptyResponse> DeleteAsync(DeleteModelInput request, CancellationToken cancellationToken) =>
            await _models.DeleteAsync(request.ModelName!, cancellationToken)
                ? new EmptyResponse()
                : throw SageMakerError.CouldNotFind("model", request.ModelName!);
    }
}
