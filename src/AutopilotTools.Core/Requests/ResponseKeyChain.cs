using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Catalog;
using AutopilotTools.Model;

namespace AutopilotTools.Requests
{
    /// <summary>
    /// Chooses what a deployed candidate's endpoint returns (predicted_label, probability, probabilities, labels) the
    /// way the SageMaker Python SDK does: the last container must support every requested key; then, walking the
    /// containers in order, each container that supports some keys outputs them (SAGEMAKER_INFERENCE_OUTPUT) and takes
    /// the previous container's output as its input (SAGEMAKER_INFERENCE_INPUT); a container that supports none breaks
    /// the chain. Unlike the Python SDK it returns changed copies and never touches the candidate it was given.
    /// </summary>
    public static class ResponseKeyChain
    {
        /// <summary>Copies of <paramref name="containers"/> set up to return <paramref name="requested"/>; none requested leaves them as they are.</summary>
        /// <exception cref="ArgumentException">The last container does not say what it supports, or does not support some requested keys.</exception>
        public static List<AutoMLContainerDefinition> Apply(IReadOnlyList<AutoMLContainerDefinition> containers, IReadOnlyList<string>? requested)
        {
            List<AutoMLContainerDefinition> copies = containers.Select(Copy).ToList();
            if (requested == null || requested.Count == 0 || copies.Count == 0)
            {
                return copies;
            }

            IReadOnlyList<string>? lastSupports = SupportedBy(copies[copies.Count - 1]);
            if (lastSupports == null)
            {
                throw new ArgumentException("The candidate's last inference container does not declare SAGEMAKER_INFERENCE_SUPPORTED, so its endpoint can only return its default output; leave out -InferenceResponseKey.");
            }

            var unsupported = requested.Where(key => !lastSupports.Contains(key)).ToList();
            if (unsupported.Count > 0)
            {
                throw new ArgumentException($"The candidate's inference containers do not support the response key(s) {string.Join(", ", unsupported)}; they support {string.Join(", ", lastSupports)}.");
            }

            string? previous = null;
            foreach (AutoMLContainerDefinition container in copies)
            {
                IReadOnlyList<string>? supports = SupportedBy(container);
                if (supports == null || supports.Count == 0)
                {
                    previous = null;
                    continue;
                }

                string current = string.Join(",", requested.Where(supports.Contains));
                container.Environment ??= new Dictionary<string, string>();
                if (previous != null)
                {
                    container.Environment[ContainerEnvironment.InputKeys] = previous;
                }

                if (current.Length > 0)
                {
                    container.Environment[ContainerEnvironment.OutputKeys] = current;
                }

                previous = current;
            }

            return copies;
        }

        /// <summary>
        /// What a deployed model returns per row: SAGEMAKER_INFERENCE_OUTPUT of its last container (the one that
        /// answers), given the containers' environments in order; empty when it is not set (predicted_label alone).
        /// </summary>
        public static IReadOnlyList<string> OutputOf(IReadOnlyList<IDictionary<string, string>?> environments) =>
            environments.Count > 0 && environments[environments.Count - 1] is IDictionary<string, string> last && last.TryGetValue(ContainerEnvironment.OutputKeys, out string? text)
                ? Keys(text)
                : Array.Empty<string>();

        private static IReadOnlyList<string> Keys(string text) => text.Split(',').Select(k => k.Trim()).Where(k => k.Length > 0).ToList();

        private static IReadOnlyList<string>? SupportedBy(AutoMLContainerDefinition container) =>
            container.Environment != null && container.Environment.TryGetValue(ContainerEnvironment.SupportedKeys, out string? text)
                ? Keys(text)
                : null;

        private static AutoMLContainerDefinition Copy(AutoMLContainerDefinition container) => new AutoMLContainerDefinition
        {
            Image = container.Image,
            ModelDataUrl = container.ModelDataUrl,
            Environment = container.Environment == null ? null : new Dictionary<string, string>(container.Environment),
            AdditionalMembers = container.AdditionalMembers,
        };
    }
}
