using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AutopilotTools.Local.Pretrained.ImageClassification
{
    /// <summary>
    /// ResNet18 image features (512 numbers, the pooled last layer) from the ONNX models of the
    /// Microsoft.ML.DnnImageFeaturizer.ResNet18 package, through ML.NET: load, resize to 224×224, extract pixels,
    /// featurize. Frozen, never trained here, never downloaded; the models sit in <c>DnnImageModels/</c> beside this
    /// assembly. One pipeline per process, built on first use.
    /// </summary>
    internal static class ResNetEncoder
    {
        public const string Name = "resnet18";

        public const int Dimensions = 512;

        private const int Side = 224;

        private const int BatchSize = 16;

        private static readonly MLContext Ml = new MLContext(seed: 1);

        private static readonly Lazy<ITransformer> Pipeline = new Lazy<ITransformer>(Build, LazyThreadSafetyMode.ExecutionAndPublication);

        private static readonly object Gate = new object();

        public static float[][] Encode(IReadOnlyList<string> paths, CancellationToken cancellationToken)
        {
            var vectors = new List<float[]>(paths.Count);
            for (int start = 0; start < paths.Count; start += BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                IDataView batch = Rows(paths.Skip(start).Take(BatchSize));
                lock (Gate)
                {
                    vectors.AddRange(Pipeline.Value.Transform(batch).GetColumn<VBuffer<float>>("Features").Select(v => v.DenseValues().ToArray()));
                }
            }

            return vectors.ToArray();
        }

        private static ITransformer Build()
        {
            string models = Path.Combine(Path.GetDirectoryName(typeof(ResNetEncoder).Assembly.Location)!, "DnnImageModels");
            return Ml.Transforms.LoadImages("Image", string.Empty, nameof(ImagePath.Path))
                .Append(Ml.Transforms.ResizeImages("Image", Side, Side, "Image"))
                .Append(Ml.Transforms.ExtractPixels("Pixels", "Image"))
                .Append(Ml.Transforms.DnnFeaturizeImage("Features", m => m.ModelSelector.ResNet18(Ml, m.OutputColumn, m.InputColumn, models), "Pixels"))
                .Fit(Rows(Array.Empty<string>()));
        }

        private static IDataView Rows(IEnumerable<string> paths) => Ml.Data.LoadFromEnumerable(paths.Select(p => new ImagePath { Path = p }).ToList());

        private sealed class ImagePath
        {
            public string Path { get; set; } = "";
        }
    }
}
