using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AutopilotTools.Local.Pretrained.Classification
{
    /// <summary>
    /// The trained part of a pretrained-encoder candidate: a multinomial logistic regression (ML.NET's L-BFGS maximum
    /// entropy) on the encoder's vectors, standardised first. Saved as an ML.NET model; its scores are the labels'
    /// probabilities in label order (the label is a key of the job's label count).
    /// </summary>
    internal sealed class VectorHead
    {
        public const string TrainerName = "LbfgsMaximumEntropyMulti";

        private readonly MLContext _ml;
        private readonly ITransformer _model;
        private readonly int _dimensions;
        private readonly int _classes;

        private VectorHead(MLContext ml, ITransformer model, int dimensions, int classes)
        {
            _ml = ml;
            _model = model;
            _dimensions = dimensions;
            _classes = classes;
        }

        public static IReadOnlyDictionary<string, string> Hyperparameters(float l2) => new Dictionary<string, string>
        {
            ["L2Regularization"] = l2.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            ["Normalization"] = "MeanVariance",
        };

        public static VectorHead Train(IReadOnlyList<float[]> vectors, IReadOnlyList<int> classes, int labelCount, float l2)
        {
            var ml = new MLContext(seed: 1);
            int dimensions = vectors[0].Length;
            IDataView data = Rows(ml, vectors, classes, dimensions, labelCount);
            var pipeline = ml.Transforms.NormalizeMeanVariance(VectorRow.FeaturesColumn)
                .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new Microsoft.ML.Trainers.LbfgsMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = VectorRow.LabelColumn,
                    FeatureColumnName = VectorRow.FeaturesColumn,
                    L2Regularization = l2,
                    NumberOfThreads = 1,
                }));
            return new VectorHead(ml, pipeline.Fit(data), dimensions, labelCount);
        }

        public void Save(string path)
        {
            IDataView schema = Rows(_ml, Array.Empty<float[]>(), Array.Empty<int>(), _dimensions, _classes);
            _ml.Model.Save(_model, schema.Schema, path);
        }

        /// <exception cref="InvalidDataException">The file is not such a model.</exception>
        public static VectorHead Load(string path, int dimensions, int classes)
        {
            var ml = new MLContext(seed: 1);
            try
            {
                ITransformer model = ml.Model.Load(path, out _);
                return new VectorHead(ml, model, dimensions, classes);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} is not a classifier head the engine can read: {error.Message}", error);
            }
        }

        /// <summary>Each vector's probabilities, in label order.</summary>
        public double[][] Predict(IReadOnlyList<float[]> vectors)
        {
            IDataView scored = _model.Transform(Rows(_ml, vectors, new int[vectors.Count], _dimensions, _classes));
            return Scores.Read(scored, _classes);
        }

        private static IDataView Rows(MLContext ml, IReadOnlyList<float[]> vectors, IReadOnlyList<int> classes, int dimensions, int labelCount)
        {
            SchemaDefinition schema = SchemaDefinition.Create(typeof(VectorRow));
            schema[VectorRow.FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimensions);
            schema[VectorRow.LabelColumn].ColumnType = new KeyDataViewType(typeof(uint), labelCount);
            // LoadFromEnumerable takes a key's zero-based index and stores it as the key (index + 1).
            IEnumerable<VectorRow> rows = vectors.Select((v, i) => new VectorRow { Features = v, Label = (uint)classes[i] });
            return ml.Data.LoadFromEnumerable(rows.ToList(), schema);
        }

        /// <summary>One row of an encoder's vector and its label's index (any, unused, at inference).</summary>
        public sealed class VectorRow
        {
            public const string FeaturesColumn = nameof(Features);
            public const string LabelColumn = nameof(Label);

            public float[] Features { get; set; } = Array.Empty<float>();

            public uint Label { get; set; }
        }
    }
}
