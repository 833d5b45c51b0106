using Microsoft.ML.Trainers;

namespace AutopilotTools.Local.AutoML.Tabular.Algorithms
{
    /// <summary>What every trainer of a job shares: the problem type, whether rows are weighted, the seed.</summary>
    internal sealed record TrainerSettings(string ProblemType, bool Weighted, int Seed)
    {
        public const string FeaturesColumn = "Features";

        public string? WeightColumn => Weighted ? Data.FeatureFrame.WeightColumn : null;

        /// <summary>Points a trainer at the Label, Features and (when weighted) Weight columns.</summary>
        public T Columns<T>(T options) where T : TrainerInputBaseWithWeight
        {
            options.LabelColumnName = Data.LabelData.ColumnName;
            options.FeatureColumnName = FeaturesColumn;
            options.ExampleWeightColumnName = WeightColumn;
            return options;
        }
    }
}
