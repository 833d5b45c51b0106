using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using AutopilotTools.Local.Pretrained.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;

namespace AutopilotTools.Local.Pretrained.TextClassification
{
    /// <summary>
    /// The baseline that needs no pretrained encoder: ML.NET's FeaturizeText (word unigrams and bigrams, character
    /// trigrams, L2-normalised counts) with a linear (L-BFGS maximum entropy) or boosted-tree (LightGBM) classifier,
    /// trained end to end on the job's texts. It knows only the words it was trained on.
    /// </summary>
    internal sealed class BagOfWordsModel
    {
        public const string Encoder = "bag-of-words";

        private readonly MLContext _ml;
        private readonly ITransformer _model;
        private readonly int _classes;

        private BagOfWordsModel(MLContext ml, ITransformer model, int classes)
        {
            _ml = ml;
            _model = model;
            _classes = classes;
        }

        /// <summary>The learners it is tried with: name, ML.NET trainer, hyperparameters.</summary>
        public static readonly IReadOnlyList<(string Learner, string Trainer, IReadOnlyDictionary<string, string> Hyperparameters)> Learners = new[]
        {
            ("linear", "LbfgsMaximumEntropyMulti", (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["L2Regularization"] = "0.1" }),
            ("lightgbm", "LightGbmMulti", new Dictionary<string, string> { ["NumberOfIterations"] = "100", ["NumberOfLeaves"] = "8", ["MinimumExampleCountPerLeaf"] = "2", ["LearningRate"] = "0.1" }),
        };

        public static BagOfWordsModel Train(IReadOnlyList<string> texts, IReadOnlyList<int> classes, int labelCount, string learner)
        {
            var ml = new MLContext(seed: 1);
            var featurize = ml.Transforms.Text.FeaturizeText(TextRow.FeaturesColumn, TextRow.TextColumn);
            IEstimator<ITransformer> trainer = learner == "lightgbm"
                ? ml.MulticlassClassification.Trainers.LightGbm(new LightGbmMulticlassTrainer.Options
                {
                    LabelColumnName = TextRow.LabelColumn,
                    FeatureColumnName = TextRow.FeaturesColumn,
                    NumberOfIterations = 100,
                    NumberOfLeaves = 8,
                    MinimumExampleCountPerLeaf = 2,
                    LearningRate = 0.1,
                    NumberOfThreads = 1,
                    Seed = 1,
                })
                : ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
                {
                    LabelColumnName = TextRow.LabelColumn,
                    FeatureColumnName = TextRow.FeaturesColumn,
                    L2Regularization = 0.1f,
                    NumberOfThreads = 1,
                });
            ITransformer model = featurize.Append(trainer).Fit(Rows(ml, texts, classes, labelCount));
            return new BagOfWordsModel(ml, model, labelCount);
        }

        public void Save(string path) => _ml.Model.Save(_model, Rows(_ml, Array.Empty<string>(), Array.Empty<int>(), _classes).Schema, path);

        /// <exception cref="InvalidDataException">The file is not such a model.</exception>
        public static BagOfWordsModel Load(string path, int classes)
        {
            var ml = new MLContext(seed: 1);
            try
            {
                return new BagOfWordsModel(ml, ml.Model.Load(path, out _), classes);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} is not a bag-of-words model the engine can read: {error.Message}", error);
            }
        }

        public double[][] Predict(IReadOnlyList<string> texts) =>
            Scores.Read(_model.Transform(Rows(_ml, texts, new int[texts.Count], _classes)), _classes);

        private static IDataView Rows(MLContext ml, IReadOnlyList<string> texts, IReadOnlyList<int> classes, int labelCount)
        {
            SchemaDefinition schema = SchemaDefinition.Create(typeof(TextRow));
            schema[TextRow.LabelColumn].ColumnType = new KeyDataViewType(typeof(uint), labelCount);
            // LoadFromEnumerable takes a key's zero-based index and stores it as the key (index + 1).
            return ml.Data.LoadFromEnumerable(texts.Select((t, i) => new TextRow { Text = t ?? "", Label = (uint)classes[i] }).ToList(), schema);
        }

        /// <summary>A text and its label's index (any, unused, at inference).</summary>
        public sealed class TextRow
        {
            public const string TextColumn = nameof(Text);
            public const string LabelColumn = nameof(Label);
            public const string FeaturesColumn = "Features";

            public string Text { get; set; } = "";

            public uint Label { get; set; }
        }
    }
}
