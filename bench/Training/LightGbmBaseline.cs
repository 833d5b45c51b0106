using System.Diagnostics;
using System.Linq;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AutopilotTools.Bench.Training
{
    /// <summary>
    /// The reference for the engine: one LightGBM binary model with ML.NET's defaults, trained directly on the same
    /// training file and scored on the same validation file — categorical columns one-hot encoded, numbers as they are
    /// (LightGBM handles the blanks itself), no search.
    /// </summary>
    internal static class LightGbmBaseline
    {
        public sealed record Result(double Seconds, double F1, double Auc);

        public static Result Train(string trainingPath, string validationPath, int seed)
        {
            var clock = Stopwatch.StartNew();
            var ml = new MLContext(seed);
            var columns = TabularDataset.NumericColumns.Select((name, i) => new TextLoader.Column(name, DataKind.Single, i))
                .Concat(TabularDataset.CategoricalColumns.Select((name, i) => new TextLoader.Column(name, DataKind.String, TabularDataset.NumericColumns.Length + i)))
                .Append(new TextLoader.Column("Label", DataKind.Boolean, TabularDataset.NumericColumns.Length + TabularDataset.CategoricalColumns.Length))
                .ToArray();
            TextLoader loader = ml.Data.CreateTextLoader(new TextLoader.Options { HasHeader = true, Separators = new[] { ',' }, MissingRealsAsNaNs = true, Columns = columns });
            IDataView training = ml.Data.Cache(loader.Load(trainingPath));
            IDataView validation = loader.Load(validationPath);

            string[] encoded = TabularDataset.CategoricalColumns.Select(c => c + ".onehot").ToArray();
            var pipeline = ml.Transforms.Categorical.OneHotEncoding(TabularDataset.CategoricalColumns.Select((c, i) => new InputOutputColumnPair(encoded[i], c)).ToArray())
                .Append(ml.Transforms.Concatenate("Features", TabularDataset.NumericColumns.Concat(encoded).ToArray()))
                .Append(ml.BinaryClassification.Trainers.LightGbm(labelColumnName: "Label", featureColumnName: "Features"));
            ITransformer model = pipeline.Fit(training);
            CalibratedBinaryClassificationMetrics metrics = ml.BinaryClassification.Evaluate(model.Transform(validation), labelColumnName: "Label");
            return new Result(clock.Elapsed.TotalSeconds, metrics.F1Score, metrics.AreaUnderRocCurve);
        }
    }
}
