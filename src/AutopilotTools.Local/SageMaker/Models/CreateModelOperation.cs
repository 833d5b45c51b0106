using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Models
{
    /// <summary>
    /// CreateModel: a model is its containers (image, model data, environment) and nothing runs until an endpoint
    /// uses it, so, as in SageMaker, an image the local server cannot run is accepted here and fails the endpoint.
    /// </summary>
    internal sealed class CreateModelOperation
    {
        private readonly IResourceStore _models;
        private readonly string _region;
        private readonly TimeProvider _clock;

        public CreateModelOperation(IResourceStore models, string region, TimeProvider clock)
        {
            _models = models;
            _region = region;
            _clock = clock;
        }

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<CreateModelInput, CreateModelOutput>(SageMakerOperations.CreateModel, CreateAsync);

        private async Task<CreateModelOutput> CreateAsync(CreateModelInput request, CancellationToken cancellationToken)
        {
            CheckContainers(request);
            string name = request.ModelName!;
            string arn = Arns.Model(_region, name);
            DateTime now = JobClock.Now(_clock);
            DescribeModelOutput document = ModelCopy.SameNamed(request, new DescribeModelOutput { ModelArn = arn, CreationTime = now });
            await Documents.AddAsync(_models, "model", new ResourceRecord(name, arn, now, Documents.Serialize(document)), request.Tags, cancellationToken);

            return new CreateModelOutput { ModelArn = arn };
        }

        /// <summary>What the shape cannot say: one of PrimaryContainer and Containers, and containers the local server can name.</summary>
        private static void CheckContainers(CreateModelInput request)
        {
            bool primary = request.PrimaryContainer != null;
            bool list = request.Containers != null && request.Containers.Count > 0;
            if (primary == list)
            {
                throw SageMakerError.Validation(primary
                    ? "Specify either PrimaryContainer or Containers for a model, not both."
                    : "A model needs its inference code: specify PrimaryContainer or Containers.");
            }

            IEnumerable<ContainerDefinition> containers = primary ? new[] { request.PrimaryContainer! } : request.Containers!;
            foreach ((ContainerDefinition container, int index) in containers.Select((c, i) => (c, i)))
            {
                string where = primary ? "PrimaryContainer" : $"Containers[{index}]";
                if (container.ModelPackageName != null)
                {
                    throw SageMakerError.Validation($"{where}.ModelPackageName: the local server has no model packages; give the container's Image and ModelDataUrl.");
                }

                if (string.IsNullOrEmpty(container.Image))
                {
                    throw SageMakerError.Validation($"{where}.Image is required: the local server needs to know which inference image the container runs.");
                }
            }
        }
    }
}
