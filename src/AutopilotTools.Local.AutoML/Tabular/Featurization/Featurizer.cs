using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Local.AutoML.Tabular.Algorithms;
using AutopilotTools.Local.AutoML.Tabular.Data;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace AutopilotTools.Local.AutoML.Tabular.Featurization
{
    /// <summary>
    /// The feature-engineering estimator every candidate of a job shares, fitted once on the training rows: numeric
    /// columns get missing values replaced by the mean (and, where training saw missing values, a 0/1 indicator);
    /// categorical columns are one-hot encoded; high-cardinality ones one-hot encoded into hash buckets; text columns
    /// become word and character n-grams. All of it is concatenated into the Features column. Being an ML.NET
    /// transformer, it is saved inside every model, so a model takes raw columns.
    /// </summary>
    internal static class Featurizer
    {
        public static IEstimator<ITransformer> Build(MLContext context, IReadOnlyList<FeatureColumn> features)
        {
            var steps = new List<IEstimator<ITransformer>>();
            var outputs = new List<string>();

            var numeric = features.Where(f => f.Kind == ColumnKind.Numeric).ToList();
            if (numeric.Count > 0)
            {
                steps.Add(context.Transforms.ReplaceMissingValues(
                    numeric.Select(f => new InputOutputColumnPair("num." + f.Name, f.ViewName)).ToArray(),
                    MissingValueReplacingEstimator.ReplacementMode.Mean));
                outputs.AddRange(numeric.Select(f => "num." + f.Name));
            }
            var withMissing = numeric.Where(f => f.HasMissing).ToList();
            if (withMissing.Count > 0)
            {
                steps.Add(context.Transforms.IndicateMissingValues(withMissing.Select(f => new InputOutputColumnPair("isna." + f.Name, f.ViewName)).ToArray()));
                steps.Add(context.Transforms.Conversion.ConvertType(withMissing.Select(f => new InputOutputColumnPair("miss." + f.Name, "isna." + f.Name)).ToArray(), DataKind.Single));
                outputs.AddRange(withMissing.Select(f => "miss." + f.Name));
            }
            var categorical = features.Where(f => f.Kind == ColumnKind.Categorical).ToList();
            if (categorical.Count > 0)
            {
                steps.Add(context.Transforms.Categorical.OneHotEncoding(
                    categorical.Select(f => new InputOutputColumnPair("cat." + f.Name, f.ViewName)).ToArray()));
                outputs.AddRange(categorical.Select(f => "cat." + f.Name));
            }
            var hashed = features.Where(f => f.Kind == ColumnKind.HashedCategorical).ToList();
            if (hashed.Count > 0)
            {
                steps.Add(context.Transforms.Categorical.OneHotHashEncoding(
                    hashed.Select(f => new InputOutputColumnPair("hash." + f.Name, f.ViewName)).ToArray(),
                    numberOfBits: ColumnProfiler.HashBits));
                outputs.AddRange(hashed.Select(f => "hash." + f.Name));
            }
            foreach (var text in features.Where(f => f.Kind == ColumnKind.Text))
            {
                steps.Add(context.Transforms.Text.FeaturizeText("text." + text.Name, text.ViewName));
                outputs.Add("text." + text.Name);
            }
            steps.Add(context.Transforms.Concatenate(TrainerSettings.FeaturesColumn, outputs.ToArray()));
            var chain = new EstimatorChain<ITransformer>();
            foreach (var step in steps) chain = chain.Append(step);
            return chain;
        }
    }
}
