using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Jobs;
using AutopilotTools.Local.SageMaker.Jobs;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.EndpointConfigs
{
    /// <summary>
    /// CreateEndpointConfig: production variants, each naming an existing model and its capacity. Features the local
    /// server cannot honour (asynchronous inference, shadow variants, data capture, Clarify explanations) are refused
    /// rather than accepted and silently ignored.
    /// </summary>
    internal sealed class CreateEndpointConfigOperation
    {
        private readonly IResourceStore _configs;
        private readonly IResourceStore _models;
        private readonly string _region;
        private readonly TimeProvider _clock;

        public CreateEndpointConfigOperation(IResourceStore configs, IResourceStore models, string region, TimeProvider clock)
        {
            _configs = configs;
            _models = models;
            _region = region;
            _clock = clock;
        }

        public SageMakerOperation Operation() =>
            SageMakerOperation.Create<CreateEndpointConfigInput, CreateEndpointConfigOutput>(SageMakerOperations.CreateEndpointConfig, CreateAsync);

        private async Task<CreateEndpointConfigOutput> CreateAsync(CreateEndpointConfigInput request, CancellationToken cancellationToken)
        {
            RefuseUnsupported(request);
            CheckVariants(request.ProductionVariants!);
            foreach (string model in request.ProductionVariants!.Select(v => v.ModelName!).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (await _models.GetAsync(model, cancellationToken) == null)
                {
                    throw SageMakerError.CouldNotFind("model", Arns.Model(_region, model));
                }
            }

            string name = request.EndpointConfigName!;
            string arn = Arns.EndpointConfig(_region, name);
            DateTime now = JobClock.Now(_clock);
            DescribeEndpointConfigOutput document = ModelCopy.SameNamed(request, new DescribeEndpointConfigOutput { EndpointConfigArn = arn, CreationTime = now });
            await Documents.AddAsync(_configs, "endpoint configuration", new ResourceRecord(name, arn, now, Documents.Serialize(document)), request.Tags, cancellationToken);

            return new CreateEndpointConfigOutput { EndpointConfigArn = arn };
        }

        private static void RefuseUnsupported(CreateEndpointConfigInput request)
        {
            var unsupported = new List<string>();
            if (request.AsyncInferenceConfig != null)
            {
                unsupported.Add("AsyncInferenceConfig (asynchronous inference)");
            }

            if (request.ShadowProductionVariants != null && request.ShadowProductionVariants.Count > 0)
            {
                unsupported.Add("ShadowProductionVariants");
            }

            if (request.ExplainerConfig != null)
            {
                unsupported.Add("ExplainerConfig (online explanations)");
            }

            if (request.DataCaptureConfig != null && request.DataCaptureConfig.EnableCapture != false)
            {
                unsupported.Add("DataCaptureConfig (data capture)");
            }

            if (unsupported.Count > 0)
            {
                throw SageMakerError.Validation($"The local server does not support {string.Join(", ", unsupported)} yet; leave {(unsupported.Count == 1 ? "it" : "them")} out.");
            }
        }

        private static void CheckVariants(List<ProductionVariant> variants)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (ProductionVariant variant in variants)
            {
                string name = variant.VariantName!;
                if (!seen.Add(name))
                {
                    throw SageMakerError.Validation($"The variant name {name} is used more than once; each production variant needs its own name.");
                }

                if (string.IsNullOrEmpty(variant.ModelName))
                {
                    throw SageMakerError.Validation($"Production variant {name} needs a ModelName: the local server does not host inference components.");
                }

                bool serverless = variant.ServerlessConfig != null;
                if (serverless == (variant.InstanceType != null))
                {
                    throw SageMakerError.Validation($"Production variant {name} needs either InstanceType (with InitialInstanceCount) or ServerlessConfig, not {(serverless ? "both" : "neither")}.");
                }

                if (!serverless && variant.InitialInstanceCount == null)
                {
                    throw SageMakerError.Validation($"Production variant {name} has an InstanceType but no InitialInstanceCount.");
                }
            }
        }
    }
}
