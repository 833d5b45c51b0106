using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.ModelHosting;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// A model host for the endpoint lifecycle and runtime dispatch tests, which are about the server, not about
    /// models (real models are trained in the end-to-end tests). It runs images named <c>test/echo</c>: each line of
    /// a body comes back as <c>model|line|output-keys|content-type|accept</c>; a line containing "bad" fails as a model
    /// fails a row it cannot read (400). Other images are refused, with the image in the reason. Loads can be held,
    /// to see an endpoint Creating or Updating.
    /// </summary>
    internal sealed class EchoModelHost : IModelHost
    {
        public const string Image = Deployments.EchoImage;

        private TaskCompletionSource _gate = Opened();
        private int _loads;

        public int Loads => _loads;

        /// <summary>Names of models that fail to load from now on (as if their data had gone).</summary>
        public HashSet<string> Broken { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Holds every load until <see cref="Release"/>.</summary>
        public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _gate.TrySetResult();

        public async Task<ILoadedModel> LoadAsync(HostedModel model, CancellationToken cancellationToken)
        {
            await _gate.Task.WaitAsync(cancellationToken);
            Interlocked.Increment(ref _loads);
            string? foreign = model.Containers.Select(c => c.Image).FirstOrDefault(i => i != Image);
            if (foreign != null)
            {
                throw new ModelLoadException($"the test host cannot run image {foreign}.");
            }

            if (Broken.Contains(model.ModelName))
            {
                throw new ModelLoadException($"the model data of {model.ModelName} is gone.");
            }

            model.Containers[^1].Environment!.TryGetValue("SAGEMAKER_INFERENCE_OUTPUT", out string? keys);
            return new Echo(model.ModelName, keys ?? "-");
        }

        private static TaskCompletionSource Opened()
        {
            var open = new TaskCompletionSource();
            open.SetResult();
            return open;
        }

        private sealed class Echo : ILoadedModel
        {
            private readonly string _model;
            private readonly string _keys;

            public Echo(string model, string keys)
            {
                _model = model;
                _keys = keys;
            }

            public Task<InvocationResult> InvokeAsync(InvocationRequest request, CancellationToken cancellationToken)
            {
                string[] lines = Encoding.UTF8.GetString(request.Body.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries);
                string? bad = lines.FirstOrDefault(l => l.Contains("bad", StringComparison.Ordinal));
                if (bad != null)
                {
                    throw new ModelInvocationException(400, $"Unable to read row '{bad}'.");
                }

                string answer = string.Concat(lines.Select(l => $"{_model}|{l}|{_keys}|{request.ContentType}|{request.Accept}\n"));
                return Task.FromResult(new InvocationResult(Encoding.UTF8.GetBytes(answer), request.Accept ?? "text/csv"));
            }

            public void Dispose()
            {
            }
        }
    }
}
