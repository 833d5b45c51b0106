using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML.Inference;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Inference
{
    /// <summary>
    /// The server's model host. It runs no containers, so it runs the models its own Autopilot jobs trained: one
    /// container with an <c>autopilot-local/…</c> image whose ModelDataUrl is a candidate's <c>model.tar.gz</c> in the
    /// server's S3 store. The archive is unpacked under the data directory and loaded with the engine's
    /// <see cref="TabularPredictor"/>; SAGEMAKER_INFERENCE_OUTPUT chooses the response keys.
    /// </summary>
    internal sealed class AutopilotModelHost : IModelHost
    {
        public const string OutputKeys = Requests.InferenceResponseKeys.Output;
        public const string DefaultAccept = "SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT";

        private readonly LocalObjects _objects;
        private readonly string _root;

        public AutopilotModelHost(LocalObjects objects, string dataDirectory)
        {
            _objects = objects;
            _root = Path.Combine(dataDirectory, "endpoint-models");
        }

        /// <summary>Removes what earlier runs unpacked: no endpoint is loaded before the server starts.</summary>
        public void Sweep()
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }

        public async Task<ILoadedModel> LoadAsync(HostedModel model, CancellationToken cancellationToken)
        {
            ContainerDefinition container = OnlyLocalContainer(model);
            S3Location location = S3Location.TryParse(container.ModelDataUrl)
                ?? throw new ModelLoadException($"its ModelDataUrl '{container.ModelDataUrl}' is not an s3:// URI of the local server's store.");
            ObjectRecord data = await _objects.GetAsync(location, cancellationToken)
                ?? throw new ModelLoadException($"its model data {location} does not exist on the local server.");

            string directory = Path.Combine(_root, Guid.NewGuid().ToString("N"));
            try
            {
                await UnpackAsync(data, directory, cancellationToken);
                TabularPredictor predictor = TabularPredictor.Load(directory);
                Dictionary<string, string> environment = container.Environment ?? new Dictionary<string, string>();
                IReadOnlyList<string> keys = InferenceResponseFormatter.ParseKeys(environment.GetValueOrDefault(OutputKeys));
                CheckKeys(predictor, keys);
                return new TabularModel(predictor, keys, environment.GetValueOrDefault(DefaultAccept) ?? InferenceResponseFormatter.TextCsv, directory);
            }
            catch (Exception error) when (error is IOException || error is InvalidDataException || error is UnauthorizedAccessException || error is ModelLoadException)
            {
                TabularModel.DeleteQuietly(directory);
                throw error as ModelLoadException ?? new ModelLoadException($"its model data {location} could not be loaded: {error.Message}", error);
            }
        }

        private static ContainerDefinition OnlyLocalContainer(HostedModel model)
        {
            string? foreign = model.Containers.Select(c => c.Image).FirstOrDefault(i => !LocalImages.IsLocal(i));
            if (model.Containers.Count == 0 || foreign != null)
            {
                throw new ModelLoadException(
                    $"the local server cannot run image {foreign ?? "(none)"}: it runs no containers, only models trained by its own Autopilot jobs (images {LocalImages.Prefix}<algorithm>).");
            }

            return model.Containers.Count == 1
                ? model.Containers[0]
                : throw new ModelLoadException($"a model trained by the local server has one container; this one has {model.Containers.Count}.");
        }

        private async Task UnpackAsync(ObjectRecord data, string directory, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(directory);
            await using FileStream file = _objects.OpenRead(data);
            await using var gzip = new GZipStream(file, CompressionMode.Decompress);
            // TarFile refuses entries that would land outside the directory.
            await TarFile.ExtractToDirectoryAsync(gzip, directory, overwriteFiles: false, cancellationToken);
        }

        /// <summary>Classification takes any of its supported keys; regression answers its value, which predicted_label also names.</summary>
        private static void CheckKeys(TabularPredictor predictor, IReadOnlyList<string> keys)
        {
            IReadOnlyList<string> supported = predictor.ProblemType == ProblemType.Regression
                ? new[] { AutoML.Inference.InferenceResponseKeys.PredictedLabel }
                : predictor.SupportedResponseKeys;
            var unsupported = keys.Where(k => !supported.Contains(k)).ToList();
            if (unsupported.Count > 0)
            {
                throw new ModelLoadException($"{OutputKeys} asks for {string.Join(", ", unsupported)}, which a {predictor.ProblemType} model does not answer; it answers {string.Join(", ", supported)}.");
            }
        }
    }
}
