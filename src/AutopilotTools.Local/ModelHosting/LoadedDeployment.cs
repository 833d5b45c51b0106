using System;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Local.ModelHosting
{
    /// <summary>The loaded models of one endpoint deployment, one per production variant, and how traffic is split between them.</summary>
    internal sealed class LoadedDeployment : IDisposable
    {
        private readonly IReadOnlyList<LoadedVariant> _variants;

        public LoadedDeployment(string id, IReadOnlyList<LoadedVariant> variants)
        {
            Id = id;
            _variants = variants;
        }

        public string Id { get; }

        /// <summary>
        /// The variant a request goes to: the one it names (X-Amzn-SageMaker-Target-Variant), else one drawn by the
        /// variants' weights, as SageMaker splits traffic. Null when it names a variant the endpoint does not have.
        /// </summary>
        public LoadedVariant? Pick(string? targetVariant)
        {
            if (!string.IsNullOrEmpty(targetVariant))
            {
                return _variants.FirstOrDefault(v => string.Equals(v.VariantName, targetVariant, StringComparison.Ordinal));
            }

            double total = _variants.Sum(v => v.Weight);
            if (_variants.Count == 1 || total <= 0)
            {
                return _variants[0];
            }

            double draw = Random.Shared.NextDouble() * total;
            foreach (LoadedVariant variant in _variants)
            {
                draw -= variant.Weight;
                if (draw < 0)
                {
                    return variant;
                }
            }

            return _variants[_variants.Count - 1];
        }

        public void Dispose()
        {
            foreach (LoadedVariant variant in _variants)
            {
                variant.Model.Dispose();
            }
        }
    }

    /// <summary>A production variant's loaded model and its share of the traffic.</summary>
    internal sealed record LoadedVariant(string VariantName, double Weight, ILoadedModel Model);
}
