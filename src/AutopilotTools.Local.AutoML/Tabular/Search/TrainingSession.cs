using System.Linq;
using System.Threading;
using AutopilotTools.Local.AutoML.Tabular.Data;
using AutopilotTools.Local.AutoML.Tabular.Featurization;
using AutopilotTools.Local.AutoML.Tabular.Metrics;
using Microsoft.ML;

namespace AutopilotTools.Local.AutoML.Tabular.Search
{
    /// <summary>
    /// What every candidate of a job trains and is judged on: the featurizer fitted once on the training rows, the
    /// featurized training rows (cached in memory), the raw validation rows and their truth.
    /// </summary>
    internal sealed class TrainingSession
    {
        private TrainingSession(PreparedData data, string objective, ITransformer featurizer, IDataView featurizedTraining, FeatureFrame validation, Truth truth, DataViewSchema inputSchema)
        {
            Data = data;
            Objective = objective;
            Featurizer = featurizer;
            FeaturizedTraining = featurizedTraining;
            Validation = validation;
            ValidationTruth = truth;
            InputSchema = inputSchema;
        }

        public PreparedData Data { get; }
        public string Objective { get; }
        public ITransformer Featurizer { get; }
        public IDataView FeaturizedTraining { get; }
        public FeatureFrame Validation { get; }
        public Truth ValidationTruth { get; }
        /// <summary>The raw feature columns a saved model takes.</summary>
        public DataViewSchema InputSchema { get; }
        public string ProblemType => Data.ProblemType;
        public int ClassCount => Data.Labels?.Count ?? 0;

        /// <summary>
        /// Fits the featurizer and featurizes the training rows into the cache now, so FeatureEngineering is where that
        /// time goes; the token stops both.
        /// </summary>
        public static TrainingSession Create(PreparedData data, string objective, int seed, CancellationToken token)
        {
            var context = new MLContext(seed);
            var train = data.Training;
            var trainFrame = FeatureFrame.Build(data.Features, train.Count, data.CellReader(train.Rows),
                LabelData.Encode(data.ProblemType, data.Labels, train.Targets), train.Weights?.ToArray());
            var trainView = new FrameDataView(trainFrame, token);
            var featurizer = Featurization.Featurizer.Build(context, data.Features).Fit(trainView);
            var featurized = context.Data.Cache(featurizer.Transform(trainView));
            using (var fill = featurized.GetRowCursor(featurized.Schema))
                while (fill.MoveNext()) { }

            var valid = data.Validation;
            var validation = FeatureFrame.Build(data.Features, valid.Count, data.CellReader(valid.Rows));
            var truth = new Truth(
                data.Labels is null ? null : valid.Targets.Select(t => data.Labels.IndexOf(t)).ToArray(),
                data.Labels is null ? valid.Targets.Select(t => { CellValues.TryParseNumber(t, out var v); return v; }).ToArray() : null,
                valid.Weights?.Select(w => (double)w).ToArray());
            return new TrainingSession(data, objective, featurizer, featurized, validation, truth, new FrameDataView(validation).Schema);
        }
    }
}
