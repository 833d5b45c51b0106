using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML;
using AutopilotTools.Local.AutoML.Problems;
using AutopilotTools.Local.Pretrained.Classification;
using AutopilotTools.Model;

namespace AutopilotTools.Local.Pretrained.TextClassification
{
    /// <summary>
    /// A text classification job: MiniLM embeddings with a trained linear head, ML.NET's bag of words with a linear
    /// and a boosted-tree learner, and the average of the embedding head and the linear bag of words, compared on the
    /// validation rows; the best is the job's one candidate. The encoder is frozen: only the heads learn.
    /// </summary>
    internal static class TextTraining
    {
        private const float HeadL2 = 0.1f;

        /// <summary>The candidate's name and trainer when it fails before one of the models compared is kept.</summary>
        private const string CandidateAlgorithm = "minilm-bag-of-words";
        private static readonly string CandidateTrainer = string.Join(" / ", new[] { VectorHead.TrainerName }.Concat(BagOfWordsModel.Learners.Select(l => l.Trainer)).Distinct());

        public static Task<TrainingOutcome> RunAsync(JobInput input, IProgress<TrainingProgress>? progress, CancellationToken stop)
        {
            var job = new ClassificationJob(input, AutoMLProblemTypeConfigName.TextClassification, progress);
            return job.RunAsync(stop, cancellationToken => TrainAsync(job, input, cancellationToken));
        }

        private static Task<TrainingOutcome> TrainAsync(ClassificationJob job, JobInput input, CancellationToken cancellationToken)
        {
            TextClassificationJobConfig config = input.Request.AutoMLProblemTypeConfig!.TextClassificationJobConfig!;
            DateTimeOffset started = job.Now;

            job.Stage(AutoMLJobSecondaryStatus.AnalyzingData, "Reading the texts.");
            var (training, validation) = job.Split(
                TextData.Read(input.TrainingPaths, config.ContentColumn!, config.TargetLabelColumn!),
                TextData.Read(input.ValidationPaths, config.ContentColumn!, config.TargetLabelColumn!));
            ClassificationJob.RequireTrainable(training, validation, $"in the {config.TargetLabelColumn} column");
            ReportFiles dataReport = job.DataExploration(training, validation, new[]
            {
                ("Content column", config.ContentColumn!),
                ("Label column", config.TargetLabelColumn!),
                ("Mean words per text", training.Inputs.Average(t => (double)Words(t)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)),
            });

            return job.CandidateAsync(CandidateAlgorithm, CandidateTrainer, cancellationToken,
                candidateToken => TrainCandidate(job, config, training, validation, started, dataReport, candidateToken));
        }

        /// <summary>The models compared on the validation rows, the best kept: the job's candidate.</summary>
        private static TrainingOutcome TrainCandidate(
            ClassificationJob job,
            TextClassificationJobConfig config,
            LabelledExamples<string> training,
            LabelledExamples<string> validation,
            DateTimeOffset started,
            ReportFiles dataReport,
            CancellationToken cancellationToken)
        {
            job.Stage(AutoMLJobSecondaryStatus.FeatureEngineering, "Embedding the texts with MiniLM (frozen).");
            float[][] trainingVectors = MiniLmEncoder.Encode(training.Inputs, cancellationToken);
            float[][] validationVectors = MiniLmEncoder.Encode(validation.Inputs, cancellationToken);

            job.Stage(AutoMLJobSecondaryStatus.TrainingModels, "Training the heads and the bag-of-words models.");
            int labels = training.Labels.Count;
            VectorHead head = VectorHead.Train(trainingVectors, training.Classes, labels, HeadL2);
            double[][] headScores = head.Predict(validationVectors);
            var bagsOfWords = new Dictionary<string, BagOfWordsModel>();
            var bagOfWordsScores = new List<ComparedModel>();
            foreach (var (learner, trainer, hyperparameters) in BagOfWordsModel.Learners)
            {
                cancellationToken.ThrowIfCancellationRequested();
                BagOfWordsModel model = BagOfWordsModel.Train(training.Inputs, training.Classes, labels, learner);
                bagsOfWords[learner] = model;
                bagOfWordsScores.Add(job.Compare($"bag-of-words-{learner}", $"ML.NET bag of words (FeaturizeText) with a {learner} learner", trainer, hyperparameters, model.Predict(validation.Inputs), validation.Classes));
            }

            // Pretrained first: ties go to the model compared first (see ClassificationJob).
            double[][] blend = Scores.Average(headScores, bagOfWordsScores.Single(c => c.Algorithm == "bag-of-words-linear").Probabilities);
            var compared = new List<ComparedModel>
            {
                job.Compare("minilm-bag-of-words-blend", "the average of the MiniLM head's and the linear bag of words' probabilities", VectorHead.TrainerName + "+LbfgsMaximumEntropyMulti",
                    VectorHead.Hyperparameters(HeadL2), blend, validation.Classes),
                job.Compare("minilm-linear", "MiniLM sentence embeddings (frozen) with a trained linear head", VectorHead.TrainerName, VectorHead.Hyperparameters(HeadL2), headScores, validation.Classes),
            };
            compared.AddRange(bagOfWordsScores);

            cancellationToken.ThrowIfCancellationRequested();
            ComparedModel chosen = ClassificationJob.Best(compared);
            string directory = job.ModelDirectory(chosen.Algorithm);
            Save(chosen.Algorithm, directory, config.ContentColumn!, training.Labels, head, bagsOfWords);
            var notes = new List<string>
            {
                $"Compared on {validation.Count} validation texts: " + string.Join("; ", compared.Select(c => $"{c.Algorithm} {c.Accuracy:0.###}")) + $"; kept {chosen.Algorithm}.",
            };
            return job.Finish(compared, chosen, directory, training.Labels, validation.Classes, started, dataReport, notes, training.Count);
        }

        private static void Save(string algorithm, string directory, string contentColumn, IReadOnlyList<string> labels, VectorHead head, IReadOnlyDictionary<string, BagOfWordsModel> bagsOfWords)
        {
            Directory.CreateDirectory(directory);
            var sidecar = new ClassifierSidecar
            {
                ProblemTypeConfigName = AutoMLProblemTypeConfigName.TextClassification,
                Algorithm = algorithm,
                Labels = labels.ToList(),
                ContentColumn = contentColumn,
            };
            if (algorithm.StartsWith("minilm", StringComparison.Ordinal))
            {
                head.Save(Path.Combine(directory, "minilm-head.zip"));
                sidecar.Members.Add(new ClassifierSidecar.Member { Encoder = MiniLmEncoder.Name, File = "minilm-head.zip", Dimensions = MiniLmEncoder.Dimensions });
            }

            string? learner = algorithm.StartsWith("bag-of-words-", StringComparison.Ordinal) ? algorithm.Substring("bag-of-words-".Length)
                : algorithm.EndsWith("-blend", StringComparison.Ordinal) ? "linear" : null;
            if (learner != null)
            {
                bagsOfWords[learner].Save(Path.Combine(directory, "bag-of-words.zip"));
                sidecar.Members.Add(new ClassifierSidecar.Member { Encoder = BagOfWordsModel.Encoder, File = "bag-of-words.zip" });
            }

            sidecar.Write(directory);
        }

        /// <summary>Loads a saved candidate: each member predicts from the texts, their probabilities averaged.</summary>
        /// <exception cref="InvalidDataException">The directory is not such a candidate.</exception>
        public static (ClassifierModel<string> Model, string ContentColumn) Load(string directory)
        {
            ClassifierSidecar sidecar = ClassifierSidecar.Read(directory, AutoMLProblemTypeConfigName.TextClassification);
            int labels = sidecar.Labels.Count;
            var members = new List<Func<IReadOnlyList<string>, double[][]>>();
            foreach (ClassifierSidecar.Member member in sidecar.Members)
            {
                string path = Path.Combine(directory, member.File);
                switch (member.Encoder)
                {
                    case MiniLmEncoder.Name:
                        VectorHead head = VectorHead.Load(path, MiniLmEncoder.Dimensions, labels);
                        members.Add(texts => head.Predict(MiniLmEncoder.Encode(texts, CancellationToken.None)));
                        break;
                    case BagOfWordsModel.Encoder:
                        BagOfWordsModel model = BagOfWordsModel.Load(path, labels);
                        members.Add(model.Predict);
                        break;
                    default:
                        throw new InvalidDataException($"{ProblemTypeRegistry.SidecarFile} names an encoder this engine does not have: {member.Encoder}.");
                }
            }

            return (new ClassifierModel<string>(sidecar.Labels, members), sidecar.ContentColumn ?? "");
        }

        private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    }
}
