using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using AutopilotTools.Local.AutoML.Tabular.Algorithms;
using AutopilotTools.Local.AutoML.Tabular.Data;
using AutopilotTools.Local.AutoML.Tabular.Metrics;
using AutopilotTools.Local.AutoML.Tabular.Persistence;
using AutopilotTools.Local.AutoML.Tabular.Scoring;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AutopilotTools.Local.AutoML.Tabular.Search
{
    /// <summary>
    /// Trains, scores and saves candidates: each single-algorithm model as the featurizer plus the trained transformer
    /// in one ML.NET zip, each ensemble as copies of its members; a sidecar beside either.
    /// </summary>
    internal sealed class CandidateTrainer
    {
        private readonly TrainingSession _session;
        private readonly string _candidatesDirectory;
        private readonly int _seed;

        public CandidateTrainer(TrainingSession session, string outputDirectory, int seed)
        {
            _session = session;
            _candidatesDirectory = Path.Combine(outputDirectory, "candidates");
            _seed = seed;
        }

        /// <summary>Runs on a worker thread; stops with <see cref="OperationCanceledException"/> when the token fires.</summary>
        public TrainedCandidate Train(CandidatePlan plan, CancellationToken token)
        {
            var context = new MLContext(_seed + plan.Number);
            var settings = new TrainerSettings(_session.ProblemType, _session.Data.Training.Weights != null, _seed + plan.Number);
            var estimator = plan.Algorithm.Build(context, settings, plan.Hyperparameters);
            var trained = estimator.Fit(new CancellableDataView(_session.FeaturizedTraining, token));
            token.ThrowIfCancellationRequested();

            var model = new TransformerChain<ITransformer>(_session.Featurizer, trained);
            var scorer = new ModelScorer(model, _session.ProblemType, _session.ClassCount);
            var (metrics, objective) = Evaluate(scorer);
            token.ThrowIfCancellationRequested();

            var directory = Path.Combine(_candidatesDirectory, plan.Name);
            Directory.CreateDirectory(directory);
            var modelPath = Path.Combine(directory, CandidateManifest.ModelFileName);
            context.Model.Save(model, _session.InputSchema, modelPath);
            var manifest = Manifest(plan.Name, plan.Algorithm.Name, plan.Algorithm.Trainer(_session.ProblemType, plan.Hyperparameters), plan.Hyperparameters, metrics, objective);
            manifest.ModelFile = CandidateManifest.ModelFileName;
            manifest.Save(directory);
            return new TrainedCandidate(scorer, metrics, objective, directory, modelPath);
        }

        /// <summary>Scores the members' average on the validation rows and saves the ensemble with copies of its members.</summary>
        public TrainedCandidate Ensemble(string name, SortedDictionary<string, string> hyperparameters, IReadOnlyList<(CandidateResult Result, TrainedCandidate Model)> members)
        {
            var scorer = new EnsembleScorer(members.Select(m => m.Model.Scorer).ToList());
            var (metrics, objective) = Evaluate(scorer);
            var directory = Path.Combine(_candidatesDirectory, name);
            var memberPaths = new List<string>();
            foreach (var (result, model) in members)
            {
                var relative = Path.Combine("members", result.Name);
                CopyDirectory(model.Directory, Path.Combine(directory, relative));
                memberPaths.Add(relative.Replace('\\', '/'));
            }
            var manifest = Manifest(name, EnsembleAlgorithm, EnsembleTrainer, hyperparameters, metrics, objective);
            manifest.Members = memberPaths;
            manifest.Save(directory);
            return new TrainedCandidate(scorer, metrics, objective, directory, Path.Combine(directory, CandidateManifest.FileName));
        }

        public const string EnsembleAlgorithm = "ensemble";
        public const string EnsembleTrainer = "MeanOfMemberScores";

        private (Dictionary<string, double> Metrics, double Objective) Evaluate(IFrameScorer scorer)
        {
            var scores = scorer.Score(_session.Validation);
            var metrics = MetricCalculator.Compute(_session.ProblemType, scores, _session.ValidationTruth);
            if (!metrics.TryGetValue(_session.Objective, out var objective))
                throw new InvalidOperationException($"The objective metric {_session.Objective} is undefined on the validation rows (it needs both classes present).");
            return (metrics, objective);
        }

        private CandidateManifest Manifest(string name, string algorithm, string trainer, SortedDictionary<string, string> hyperparameters, Dictionary<string, double> metrics, double objective)
        {
            var data = _session.Data;
            return new CandidateManifest
            {
                CandidateName = name,
                Algorithm = algorithm,
                Trainer = trainer,
                Hyperparameters = hyperparameters,
                ProblemType = data.ProblemType,
                TargetAttributeName = data.TargetAttributeName,
                SampleWeightAttributeName = data.SampleWeightAttributeName,
                InputColumns = data.InputColumns.ToList(),
                FeatureColumns = data.Features.Select(ManifestFeature.From).ToList(),
                Labels = data.Labels?.Labels.ToList() ?? new List<string>(),
                ObjectiveMetric = _session.Objective,
                ObjectiveValue = objective,
                Metrics = new SortedDictionary<string, double>(metrics, StringComparer.Ordinal),
            };
        }

        private static void CopyDirectory(string source, string target)
        {
            Directory.CreateDirectory(target);
            foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            foreach (var sub in Directory.GetDirectories(source)) CopyDirectory(sub, Path.Combine(target, Path.GetFileName(sub)));
        }
    }
}
