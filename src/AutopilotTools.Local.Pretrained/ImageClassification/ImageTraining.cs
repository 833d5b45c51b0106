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

namespace AutopilotTools.Local.Pretrained.ImageClassification
{
    /// <summary>
    /// An image classification job: ResNet18 features (frozen) with a trained linear head, at two strengths of
    /// regularisation compared on the validation images; the better is the job's one candidate.
    /// </summary>
    internal static class ImageTraining
    {
        private static readonly float[] HeadL2 = { 0.01f, 1f };

        /// <summary>The candidate's name when it fails before one of the heads compared is kept.</summary>
        private const string CandidateAlgorithm = "resnet18-linear";

        public static Task<TrainingOutcome> RunAsync(JobInput input, IProgress<TrainingProgress>? progress, CancellationToken stop)
        {
            var job = new ClassificationJob(input, AutoMLProblemTypeConfigName.ImageClassification, progress);
            return job.RunAsync(stop, cancellationToken => TrainAsync(job, input, cancellationToken));
        }

        private static Task<TrainingOutcome> TrainAsync(ClassificationJob job, JobInput input, CancellationToken cancellationToken)
        {
            DateTimeOffset started = job.Now;

            job.Stage(AutoMLJobSecondaryStatus.AnalyzingData, "Reading the images.");
            var (trainingImages, skippedTraining) = ImageData.Read(input.TrainingPaths, DataType(input.Request, AutoMLChannelType.Training));
            var (validationImages, skippedValidation) = ImageData.Read(input.ValidationPaths, DataType(input.Request, AutoMLChannelType.Validation));
            var (training, validation) = job.Split(trainingImages, validationImages);
            ClassificationJob.RequireTrainable(training, validation, "images in one folder per label below the S3 prefix, or labels in an augmented manifest");
            ReportFiles dataReport = job.DataExploration(training, validation, new[]
            {
                ("Files skipped (not images)", (skippedTraining + skippedValidation).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            });

            return job.CandidateAsync(CandidateAlgorithm, VectorHead.TrainerName, cancellationToken,
                candidateToken => TrainCandidate(job, training, validation, skippedTraining + skippedValidation, started, dataReport, candidateToken));
        }

        /// <summary>The heads compared on the validation images, the better kept: the job's candidate.</summary>
        private static TrainingOutcome TrainCandidate(
            ClassificationJob job,
            LabelledExamples<string> training,
            LabelledExamples<string> validation,
            int skipped,
            DateTimeOffset started,
            ReportFiles dataReport,
            CancellationToken cancellationToken)
        {
            job.Stage(AutoMLJobSecondaryStatus.FeatureEngineering, "Featurizing the images with ResNet18 (frozen).");
            float[][] trainingVectors = ResNetEncoder.Encode(training.Inputs, cancellationToken);
            float[][] validationVectors = ResNetEncoder.Encode(validation.Inputs, cancellationToken);

            job.Stage(AutoMLJobSecondaryStatus.TrainingModels, "Training the classifier heads.");
            var heads = new Dictionary<string, VectorHead>();
            var compared = new List<ComparedModel>();
            foreach (float l2 in HeadL2)
            {
                cancellationToken.ThrowIfCancellationRequested();
                string algorithm = l2 < 0.1f ? "resnet18-linear" : "resnet18-linear-regularised";
                VectorHead head = VectorHead.Train(trainingVectors, training.Classes, training.Labels.Count, l2);
                heads[algorithm] = head;
                compared.Add(job.Compare(algorithm, $"ResNet18 features (frozen) with a trained linear head, L2 {l2}", VectorHead.TrainerName, VectorHead.Hyperparameters(l2), head.Predict(validationVectors), validation.Classes));
            }

            cancellationToken.ThrowIfCancellationRequested();
            ComparedModel chosen = ClassificationJob.Best(compared);
            string directory = job.ModelDirectory(chosen.Algorithm);
            Directory.CreateDirectory(directory);
            heads[chosen.Algorithm].Save(Path.Combine(directory, "resnet18-head.zip"));
            new ClassifierSidecar
            {
                ProblemTypeConfigName = AutoMLProblemTypeConfigName.ImageClassification,
                Algorithm = chosen.Algorithm,
                Labels = training.Labels.ToList(),
                Members = { new ClassifierSidecar.Member { Encoder = ResNetEncoder.Name, File = "resnet18-head.zip", Dimensions = ResNetEncoder.Dimensions } },
            }.Write(directory);

            var notes = new List<string>
            {
                $"Compared on {validation.Count} validation images: " + string.Join("; ", compared.Select(c => $"{c.Algorithm} {c.Accuracy:0.###}")) + $"; kept {chosen.Algorithm}.",
            };
            if (skipped > 0)
            {
                notes.Add($"{skipped} files were skipped: they are not images the engine can decode.");
            }

            return job.Finish(compared, chosen, directory, training.Labels, validation.Classes, started, dataReport, notes, training.Count);
        }

        /// <exception cref="InvalidDataException">The directory is not such a candidate.</exception>
        public static ClassifierModel<string> Load(string directory)
        {
            ClassifierSidecar sidecar = ClassifierSidecar.Read(directory, AutoMLProblemTypeConfigName.ImageClassification);
            var members = new List<Func<IReadOnlyList<string>, double[][]>>();
            foreach (ClassifierSidecar.Member member in sidecar.Members)
            {
                if (member.Encoder != ResNetEncoder.Name)
                {
                    throw new InvalidDataException($"{ProblemTypeRegistry.SidecarFile} names an encoder this engine does not have: {member.Encoder}.");
                }

                VectorHead head = VectorHead.Load(Path.Combine(directory, member.File), ResNetEncoder.Dimensions, sidecar.Labels.Count);
                members.Add(paths => head.Predict(ResNetEncoder.Encode(paths, CancellationToken.None)));
            }

            return new ClassifierModel<string>(sidecar.Labels, members);
        }

        private static string? DataType(DescribeAutoMLJobV2Response request, string channelType) =>
            request.AutoMLJobInputDataConfig?
                .FirstOrDefault(c => (c.ChannelType ?? AutoMLChannelType.Training) == channelType)?
                .DataSource?.S3DataSource?.S3DataType;
    }
}
