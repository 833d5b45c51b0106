using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using AutopilotTools.Model;

namespace AutopilotTools.Requests
{
    /// <summary>How to deploy a candidate: the choices of Deploy-AutoMLCandidate, before they become requests.</summary>
    public sealed class DeploymentOptions
    {
        public string? InstanceType { get; set; }

        public int InitialInstanceCount { get; set; } = 1;

        public int? VolumeSizeInGB { get; set; }

        public int? ModelDataDownloadTimeoutInSeconds { get; set; }

        public int? ContainerStartupHealthCheckTimeoutInSeconds { get; set; }

        public string? KmsKeyId { get; set; }

        public List<Tag>? Tags { get; set; }

        public VpcConfig? VpcConfig { get; set; }

        public bool? EnableNetworkIsolation { get; set; }

        public string? ExecutionRoleArn { get; set; }

        /// <summary>CPU or GPU: which of a V2 candidate's InferenceContainerDefinitions to deploy.</summary>
        public string? ProcessingUnit { get; set; }

        public IReadOnlyList<string>? InferenceResponseKeys { get; set; }

        public string? EndpointName { get; set; }

        public string? EndpointConfigName { get; set; }

        public string? ModelName { get; set; }
    }

    /// <summary>
    /// The three requests that deploy a candidate, as the Python SDK makes them: a model of the candidate's inference
    /// containers, an endpoint config with one AllTraffic variant, and the endpoint. Names default to the candidate's
    /// name and a timestamp, the config and model named like the endpoint.
    /// </summary>
    public sealed class DeploymentPlan
    {
        public const string VariantName = "AllTraffic";

        private DeploymentPlan(CreateModelInput model, CreateEndpointConfigInput config, CreateEndpointInput endpoint)
        {
            Model = model;
            Config = config;
            Endpoint = endpoint;
        }

        public CreateModelInput Model { get; }

        public CreateEndpointConfigInput Config { get; }

        public CreateEndpointInput Endpoint { get; }

        /// <exception cref="ArgumentException">The candidate has no containers for the processing unit, or does not support the response keys.</exception>
        public static DeploymentPlan For(Model.AutoMLCandidate candidate, DeploymentOptions options, DateTime now)
        {
            List<AutoMLContainerDefinition> containers = ResponseKeyChain.Apply(ContainersOf(candidate, options.ProcessingUnit), options.InferenceResponseKeys);
            string endpointName = options.EndpointName ?? DefaultName(candidate.CandidateName ?? "candidate", now);
            string modelName = options.ModelName ?? endpointName;
            var model = new CreateModelInput
            {
                ModelName = modelName,
                Containers = containers.Select(c => new ContainerDefinition { Image = c.Image, ModelDataUrl = c.ModelDataUrl, Environment = c.Environment }).ToList(),
                ExecutionRoleArn = options.ExecutionRoleArn,
                Tags = options.Tags,
                VpcConfig = options.VpcConfig,
                EnableNetworkIsolation = options.EnableNetworkIsolation,
            };
            var config = new CreateEndpointConfigInput
            {
                EndpointConfigName = options.EndpointConfigName ?? endpointName,
                ProductionVariants = new List<ProductionVariant>
                {
                    new ProductionVariant
                    {
                        VariantName = VariantName,
                        ModelName = modelName,
                        InstanceType = options.InstanceType,
                        InitialInstanceCount = options.InitialInstanceCount,
                        InitialVariantWeight = 1,
                        VolumeSizeInGB = options.VolumeSizeInGB,
                        ModelDataDownloadTimeoutInSeconds = options.ModelDataDownloadTimeoutInSeconds,
                        ContainerStartupHealthCheckTimeoutInSeconds = options.ContainerStartupHealthCheckTimeoutInSeconds,
                    },
                },
                KmsKeyId = options.KmsKeyId,
                Tags = options.Tags,
            };
            var endpoint = new CreateEndpointInput { EndpointName = endpointName, EndpointConfigName = config.EndpointConfigName, Tags = options.Tags };
            return new DeploymentPlan(model, config, endpoint);
        }

        /// <summary>
        /// A V2 candidate may offer containers per processing unit; asked for one, it must have it. Otherwise the
        /// candidate's InferenceContainers, or its CPU containers when it only has those.
        /// </summary>
        private static IReadOnlyList<AutoMLContainerDefinition> ContainersOf(Model.AutoMLCandidate candidate, string? processingUnit)
        {
            Dictionary<string, List<AutoMLContainerDefinition>> byUnit = candidate.InferenceContainerDefinitions ?? new Dictionary<string, List<AutoMLContainerDefinition>>();
            if (processingUnit != null)
            {
                return byUnit.TryGetValue(processingUnit, out List<AutoMLContainerDefinition>? chosen) && chosen.Count > 0
                    ? chosen
                    : throw new ArgumentException($"Candidate '{candidate.CandidateName}' has no {processingUnit} inference containers; it has: {(byUnit.Count == 0 ? "none by processing unit" : string.Join(", ", byUnit.Keys))}.");
            }

            if (candidate.InferenceContainers != null && candidate.InferenceContainers.Count > 0)
            {
                return candidate.InferenceContainers;
            }

            return byUnit.TryGetValue(AutoMLProcessingUnit.CPU, out List<AutoMLContainerDefinition>? cpu) && cpu.Count > 0
                ? cpu
                : throw new ArgumentException($"Candidate '{candidate.CandidateName}' has no inference containers to deploy (it may still be training, or have failed).");
        }

        /// <summary>The candidate's name made a valid endpoint name (letters, digits, single hyphens) with a UTC timestamp, at most 63 characters.</summary>
        public static string DefaultName(string candidateName, DateTime now) => DefaultName(candidateName, now, "yyyyMMddHHmmss");

        /// <summary>As <see cref="DefaultName(string, DateTime)"/> with a timestamp of this format (e.g. with milliseconds, for names made many a second).</summary>
        public static string DefaultName(string candidateName, DateTime now, string stampFormat)
        {
            string stamp = now.ToUniversalTime().ToString(stampFormat, CultureInfo.InvariantCulture);
            string clean = Regex.Replace(Regex.Replace(candidateName, "[^a-zA-Z0-9]+", "-"), "-{2,}", "-").Trim('-');
            int room = 63 - stamp.Length - 1;
            clean = clean.Length > room ? clean.Substring(0, room).TrimEnd('-') : clean;
            return (clean.Length == 0 ? "candidate" : clean) + "-" + stamp;
        }
    }
}
