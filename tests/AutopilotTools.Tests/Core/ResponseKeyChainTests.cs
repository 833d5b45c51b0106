using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;
using AutopilotTools.Requests;
using Xunit;

namespace AutopilotTools.Tests.Core
{
    /// <summary>The inference-response-key chaining of the SageMaker Python SDK, case by case.</summary>
    public sealed class ResponseKeyChainTests
    {
        private static AutoMLContainerDefinition Container(string? supported) => new AutoMLContainerDefinition
        {
            Image = "image",
            ModelDataUrl = "s3://b/m",
            Environment = supported == null ? new Dictionary<string, string> { ["OTHER"] = "x" } : new Dictionary<string, string> { ["SAGEMAKER_INFERENCE_SUPPORTED"] = supported, ["OTHER"] = "x" },
        };

        private static string? Env(AutoMLContainerDefinition c, string key) => c.Environment != null && c.Environment.TryGetValue(key, out string? v) ? v : null;

        [Fact]
        public void TheDocumentedThreeContainerExample()
        {
            var containers = new[] { Container(null), Container("probability,probabilities,predicted_label"), Container("probability, probabilities, predicted_label, labels") };

            var result = ResponseKeyChain.Apply(containers, new[] { "predicted_label", "labels", "probabilities", "probability" });

            Assert.Null(Env(result[0], "SAGEMAKER_INFERENCE_OUTPUT"));
            Assert.Null(Env(result[0], "SAGEMAKER_INFERENCE_INPUT"));
            Assert.Equal("predicted_label,probabilities,probability", Env(result[1], "SAGEMAKER_INFERENCE_OUTPUT"));
            Assert.Null(Env(result[1], "SAGEMAKER_INFERENCE_INPUT"));
            Assert.Equal("predicted_label,probabilities,probability", Env(result[2], "SAGEMAKER_INFERENCE_INPUT"));
            Assert.Equal("predicted_label,labels,probabilities,probability", Env(result[2], "SAGEMAKER_INFERENCE_OUTPUT"));
            Assert.Equal("x", Env(result[2], "OTHER"));
        }

        [Fact]
        public void TheCandidateGivenIsNotChanged()
        {
            var containers = new[] { Container("predicted_label,probability") };

            var result = ResponseKeyChain.Apply(containers, new[] { "probability" });

            Assert.Equal("probability", Env(result[0], "SAGEMAKER_INFERENCE_OUTPUT"));
            Assert.Null(Env(containers[0], "SAGEMAKER_INFERENCE_OUTPUT"));
            Assert.NotSame(containers[0], result[0]);
        }

        [Fact]
        public void NoKeysRequestedChangesNothing()
        {
            var result = ResponseKeyChain.Apply(new[] { Container("predicted_label") }, Array.Empty<string>());

            Assert.Null(Env(result[0], "SAGEMAKER_INFERENCE_OUTPUT"));
        }

        [Fact]
        public void AContainerWithoutSupportBreaksTheChain()
        {
            var containers = new[] { Container("predicted_label,probability"), Container(""), Container("predicted_label,probability") };

            var result = ResponseKeyChain.Apply(containers, new[] { "probability" });

            Assert.Equal("probability", Env(result[0], "SAGEMAKER_INFERENCE_OUTPUT"));
            Assert.Null(Env(result[1], "SAGEMAKER_INFERENCE_INPUT"));
            Assert.Null(Env(result[2], "SAGEMAKER_INFERENCE_INPUT"));
            Assert.Equal("probability", Env(result[2], "SAGEMAKER_INFERENCE_OUTPUT"));
        }

        [Fact]
        public void UnsupportedKeysAreNamedWithWhatIsSupported()
        {
            var error = Assert.Throws<ArgumentException>(() => ResponseKeyChain.Apply(new[] { Container("predicted_label, probability") }, new[] { "labels", "probability", "probabilities" }));

            Assert.Contains("labels, probabilities;", error.Message);
            Assert.Contains("support predicted_label, probability", error.Message);
        }

        [Fact]
        public void ALastContainerThatDeclaresNothingCannotSelectKeys()
        {
            var error = Assert.Throws<ArgumentException>(() => ResponseKeyChain.Apply(new[] { Container("predicted_label"), Container(null) }, new[] { "predicted_label" }));

            Assert.Contains("SAGEMAKER_INFERENCE_SUPPORTED", error.Message);
        }
    }
}
