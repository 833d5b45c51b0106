using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AutopilotTools.Catalog;
using AutopilotTools.Local.AutoML.Forecasting.Algorithms;
using AutopilotTools.Local.AutoML.Forecasting.Data;
using AutopilotTools.Local.AutoML.Forecasting.Persistence;
using AutopilotTools.Local.AutoML.Forecasting.Training;
using AutopilotTools.Local.AutoML.Problems;

namespace AutopilotTools.Local.AutoML.Forecasting.Inference
{
    /// <summary>
    /// A forecasting candidate answering an endpoint as Autopilot's forecasting models do: history rows in (the
    /// training schema, future covariate rows with an empty target included), the forecast of each item's horizon
    /// after them out, one column per quantile. The local members fit each item's history of the request; the
    /// global ones apply what they learnt at training.
    /// </summary>
    public sealed class ForecastEndpointModel : IEndpointModel, IDisposable
    {
        private const string Csv = "text/csv";
        private const string Json = "application/json";

        private readonly ForecastSpec _spec;
        private readonly ForecastManifest _manifest;
        private readonly ForecastEnsemble _ensemble;

        private ForecastEndpointModel(ForecastSpec spec, ForecastManifest manifest, ForecastEnsemble ensemble, IReadOnlyList<string> acceptTypes)
        {
            _spec = spec;
            _manifest = manifest;
            _ensemble = ensemble;
            AcceptTypes = acceptTypes;
        }

        /// <inheritdoc />
        public IReadOnlyList<string> ContentTypes { get; } = new[] { Csv, Json };

        /// <inheritdoc />
        public IReadOnlyList<string> AcceptTypes { get; }

        /// <summary>Loads a model directory a forecasting job wrote.</summary>
        /// <exception cref="ModelConfigurationException">SAGEMAKER_DEFAULT_INVOCATIONS_ACCEPT names a type the model does not write.</exception>
        /// <exception cref="InvalidDataException">The model files cannot be read.</exception>
        public static ForecastEndpointModel Load(string modelDirectory, IReadOnlyDictionary<string, string> environment)
        {
            ForecastManifest manifest = ForecastManifest.Read(modelDirectory);
            ForecastSpec spec;
            try
            {
                spec = ForecastSpec.From(manifest.Config);
            }
            catch (AutoMLValidationException error)
            {
                throw new InvalidDataException("Its saved config cannot be read: " + error.Message, error);
            }

            string accept = environment.TryGetValue(ContainerEnvironment.DefaultAccept, out string? given) && !string.IsNullOrWhiteSpace(given)
                ? given.Split(';')[0].Trim().ToLowerInvariant()
                : Csv;
            if (accept != Csv && accept != Json)
            {
                throw new ModelConfigurationException($"{ContainerEnvironment.DefaultAccept} is '{given}'; a forecasting model answers {Csv} or {Json}.");
            }

            var context = new ForecastContext(spec.Horizon, spec.Levels, manifest.SeasonLength, spec.Frequency, manifest.NonNegative);
            var members = manifest.Members
                .Select(m => (m.Algorithm, Forecasters.For(m.Algorithm).Load(Path.Combine(modelDirectory, m.Directory), context), m.Weight))
                .ToList();
            if (members.Count == 0)
            {
                throw new InvalidDataException("Its candidate.json lists no ensemble members.");
            }

            return new ForecastEndpointModel(spec, manifest, new ForecastEnsemble(members, context), accept == Csv ? new[] { Csv, Json } : new[] { Json, Csv });
        }

        /// <summary>Frees the members' native models (the server disposes an endpoint's model when it unloads it).</summary>
        public void Dispose()
        {
            foreach ((_, IForecastModel model, _) in _ensemble.Members)
            {
                (model as IDisposable)?.Dispose();
            }
        }

        /// <inheritdoc />
        public byte[] Invoke(ReadOnlyMemory<byte> body, string contentType, string accept)
        {
            ForecastCsv rows = ForecastRequest.Read(body, contentType);
            SeriesSet set;
            try
            {
                set = new SeriesReader(_spec, _manifest.Covariates).Read(rows.Header, rows.Rows);
            }
            catch (AutoMLDataException error)
            {
                throw new FormatException(error.Message, error);
            }

            return ForecastResponse.Write(_spec, set, _ensemble.Forecast(set), accept);
        }
    }
}
