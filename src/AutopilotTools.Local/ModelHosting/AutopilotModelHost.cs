using System;
using System.Collections.Generic;
using System.Formats.Tar;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.S3;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.ModelHosting
{
    /// <summary>
    /// The server's model host. It runs no containers, so it runs the models its own Autopilot jobs trained: one
    /// container with an <c>autopilot-local/…</c> image whose ModelDataUrl is a candidate's <c>model.tar.gz</c> in the
    /// server's S3 store. The archive is unpacked under the data directory and loaded by the engine of the problem
    /// type that trained it, configured by the container's environment (e.g. SAGEMAKER_INFERENCE_OUTPUT's keys).
    /// </summary>
    internal sealed class AutopilotModelHost : IModelHost
    {
        private readonly LocalObjects _objects;
        private readonly string _root;
        private readonly ProblemTypeRegistry _problemTypes;

        public AutopilotModelHost(LocalObjects objects, string dataDirectory, ProblemTypeRegistry problemTypes)
        {
            _objects = objects;
            _problemTypes = problemTypes;
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
                var environment = (IReadOnlyDictionary<string, string>?)container.Environment ?? new Dictionary<string, string>();
                return new EngineModel(_problemTypes.LoadModel(directory, environment), directory);
            }
            catch (ModelConfigurationException error)
            {
                EngineModel.DeleteQuietly(directory);
                throw new ModelLoadException(error.Message, error);
            }
            catch (Exception error) when (error is IOException || error is InvalidDataException || error is UnauthorizedAccessException || error is ModelLoadException)
            {
                EngineModel.DeleteQuietly(directory);
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
    }
}
