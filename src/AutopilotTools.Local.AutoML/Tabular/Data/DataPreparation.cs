using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>
    /// Reads the channels, checks them, drops unusable rows, settles the problem type and labels, splits off the
    /// validation rows and profiles the columns. Every problem with the data surfaces here as an
    /// <see cref="AutoMLDataException"/>, before any training starts.
    /// </summary>
    internal static class DataPreparation
    {
        public static PreparedData Prepare(TabularJobSpec spec)
        {
            var training = CsvTable.Load(spec.TrainingPaths, "training");
            int target = RequireColumn(training, spec.TargetAttributeName, "target");
            int weight = spec.SampleWeightAttributeName is { } w ? RequireColumn(training, w, "sample weight") : -1;
            CsvTable? validation = null;
            if (spec.ValidationPaths.Count > 0)
            {
                validation = CsvTable.Load(spec.ValidationPaths, "validation");
                if (!validation.Columns.SequenceEqual(training.Columns, StringComparer.Ordinal))
                {
                    throw new AutoMLDataException(
                        $"The validation data has the columns ({string.Join(", ", validation.Columns)}) but the training data has ({string.Join(", ", training.Columns)}); both channels need the same header.");
                }
            }

            int missingTarget = 0, invalidWeight = 0;
            var trainingRows = Clean(training.Rows, target, weight, ref missingTarget, ref invalidWeight);
            if (trainingRows.Count == 0)
            {
                throw new AutoMLDataException(missingTarget > 0 && invalidWeight == 0
                    ? $"Every training row lacks a value in the target column '{spec.TargetAttributeName}'."
                    : $"No training row is left after dropping {missingTarget} without a target and {invalidWeight} without a valid (numeric, non-negative) weight in '{spec.SampleWeightAttributeName}'.");
            }
            var validationRows = validation is null ? null : Clean(validation.Rows, target, weight, ref missingTarget, ref invalidWeight);

            bool inferred = spec.ProblemType is null;
            var targets = trainingRows.Select(r => r.Target).ToList();
            string problemType = spec.ProblemType ?? ProblemTypeInference.Infer(targets);
            LabelSet? labels = problemType == ProblemType.Regression ? null : CheckClasses(problemType, targets, spec.TargetAttributeName, inferred);
            if (labels is null) CheckNumericTarget(targets, spec.TargetAttributeName);

            int unseen = 0;
            if (validationRows != null && labels != null)
            {
                unseen = validationRows.RemoveAll(r => labels.IndexOf(r.Target) < 0);
            }
            if (validationRows != null && labels is null) CheckNumericTarget(validationRows.Select(r => r.Target).ToList(), spec.TargetAttributeName);

            var (trainSplit, validSplit) = validationRows is null
                ? Split(trainingRows, labels, spec.ValidationFraction, spec.Seed, weight >= 0)
                : (ToSplit(trainingRows, weight >= 0), ToSplit(validationRows, weight >= 0));
            if (trainSplit.Count < 2 || validSplit.Count < 1)
            {
                throw new AutoMLDataException(
                    $"Too few rows to train and validate: {trainSplit.Count} for training and {validSplit.Count} for validation.");
            }
            if (trainSplit.Weights?.Sum() == 0 || validSplit.Weights?.Sum() == 0)
            {
                throw new AutoMLDataException(
                    $"Every {(trainSplit.Weights?.Sum() == 0 ? "training" : "validation")} row has weight 0 in '{spec.SampleWeightAttributeName}'; at least one row must count.");
            }

            var profiles = new List<ColumnProfile>();
            var features = new List<FeatureColumn>();
            for (int c = 0; c < training.Columns.Count; c++)
            {
                if (c == target || c == weight) continue;
                var profile = ColumnProfiler.Profile(training.Columns[c], trainingRows.Select(r => r.Cells[c]).ToList());
                profiles.Add(profile);
                if (!profile.IsDropped) features.Add(new FeatureColumn(profile.Name, profile.Kind, profile.Missing > 0));
            }
            if (features.Count == 0)
            {
                throw new AutoMLDataException(
                    "No column is left to learn from: " + (profiles.Count == 0
                        ? "the data has only the target column."
                        : string.Join("; ", profiles.Select(p => $"'{p.Name}' is dropped ({p.Reason})")) + "."));
            }

            return new PreparedData
            {
                Header = training.Columns,
                TargetAttributeName = spec.TargetAttributeName,
                SampleWeightAttributeName = spec.SampleWeightAttributeName,
                ProblemType = problemType,
                ProblemTypeInferred = inferred,
                Labels = labels,
                Training = trainSplit,
                Validation = validSplit,
                ValidationWasSplit = validationRows is null,
                Profiles = profiles,
                Features = features,
                TrainingBytes = training.Bytes,
                RowsRead = training.Rows.Count + (validation?.Rows.Count ?? 0),
                DroppedMissingTarget = missingTarget,
                DroppedInvalidWeight = invalidWeight,
                DroppedUnseenLabel = unseen,
            };
        }

        private readonly record struct Row(string?[] Cells, string Target, float? Weight);

        private static int RequireColumn(CsvTable table, string name, string role)
        {
            int index = table.IndexOf(name);
            if (index < 0)
            {
                throw new AutoMLDataException(
                    $"The {role} column '{name}' is not in the training data. Its columns are: {string.Join(", ", table.Columns)}.");
            }
            return index;
        }

        // Rows without a target cannot be learned from; rows without a valid weight are excluded, as the service does.
        private static List<Row> Clean(List<string?[]> rows, int target, int weight, ref int missingTarget, ref int invalidWeight)
        {
            var kept = new List<Row>(rows.Count);
            foreach (var row in rows)
            {
                if (CellValues.IsMissing(row[target])) { missingTarget++; continue; }
                float? w = null;
                if (weight >= 0)
                {
                    if (!CellValues.TryParseNumber(row[weight], out var value) || value < 0) { invalidWeight++; continue; }
                    w = (float)value;
                }
                kept.Add(new Row(row, row[target]!.Trim(), w));
            }
            return kept;
        }

        private static LabelSet CheckClasses(string problemType, List<string> targets, string targetName, bool inferred)
        {
            var labels = new LabelSet(targets);
            if (labels.Count < 2)
            {
                throw new AutoMLDataException(
                    $"The target column '{targetName}' has only one class ('{labels.Labels[0]}') in the training data; classification needs at least two.");
            }
            if (problemType == ProblemType.BinaryClassification && labels.Count > 2)
            {
                throw new AutoMLDataException(
                    $"The target column '{targetName}' has {labels.Count} classes ({Preview(labels.Labels)}) but the problem type is BinaryClassification, which needs exactly two.");
            }
            return labels;
        }

        private static void CheckNumericTarget(List<string> targets, string targetName)
        {
            foreach (var t in targets)
                if (!CellValues.TryParseNumber(t, out _))
                    throw new AutoMLDataException($"The target column '{targetName}' holds '{t}', which is not a number; Regression needs a numeric target.");
        }

        private static string Preview(IReadOnlyList<string> values) =>
            string.Join(", ", values.Take(10).Select(v => "'" + v + "'")) + (values.Count > 10 ? ", …" : "");

        private static DataSplit ToSplit(List<Row> rows, bool weighted)
        {
            var split = new DataSplit { Weights = weighted ? new List<float>() : null };
            foreach (var r in rows) split.Add(r.Cells, r.Target, r.Weight);
            return split;
        }

        // Stratified for classification (each class keeps its share on both sides, and a class with two or more rows
        // has at least one on each side), plain random for regression. Rows keep their file order on both sides.
        private static (DataSplit, DataSplit) Split(List<Row> rows, LabelSet? labels, double fraction, int seed, bool weighted)
        {
            var random = new Random(seed);
            var validation = new HashSet<int>();
            var groups = labels is null
                ? new[] { Enumerable.Range(0, rows.Count).ToList() }
                : Enumerable.Range(0, rows.Count).GroupBy(i => labels.IndexOf(rows[i].Target)).OrderBy(g => g.Key).Select(g => g.ToList()).ToArray();
            foreach (var group in groups)
            {
                if (group.Count < 2) continue;
                Shuffle(group, random);
                int take = Math.Clamp((int)Math.Round(group.Count * fraction), 1, group.Count - 1);
                for (int i = 0; i < take; i++) validation.Add(group[i]);
            }
            var train = new DataSplit { Weights = weighted ? new List<float>() : null };
            var valid = new DataSplit { Weights = weighted ? new List<float>() : null };
            for (int i = 0; i < rows.Count; i++)
                (validation.Contains(i) ? valid : train).Add(rows[i].Cells, rows[i].Target, rows[i].Weight);
            return (train, valid);
        }

        private static void Shuffle(List<int> items, Random random)
        {
            for (int i = items.Count - 1; i > 0; i--)
            {
                int j = random.Next(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
        }
    }
}
