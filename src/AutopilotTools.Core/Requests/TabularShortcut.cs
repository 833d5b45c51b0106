using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Catalog;
using AutopilotTools.Model;


namespace AutopilotTools.Requests
{
    /// <summary>
    /// The common tabular job in a few flat values (data, target, output path, …), turned into the nested request of
    /// either API. Only what is given is set, so the result still goes through the same validation as any request;
    /// the one addition is the objective a problem type alone implies (<see cref="DefaultedObjective"/>).
    /// </summary>
    public sealed class TabularShortcut
    {
        /// <summary>The default: CSV with a header row, as Autopilot expects.</summary>
        public const string CsvWithHeader = "text/csv;header=present";

        public string? TrainingDataUri { get; set; }

        public string? ValidationDataUri { get; set; }

        public string? TargetAttributeName { get; set; }

        public string? ProblemType { get; set; }

        public string? OutputPath { get; set; }

        public int? MaxCandidates { get; set; }

        public string? Mode { get; set; }

        public string? ObjectiveMetric { get; set; }

        public IReadOnlyList<string>? Algorithms { get; set; }

        public string? ContentType { get; set; }

        public string? SampleWeightAttributeName { get; set; }

        /// <summary>
        /// The objective the last ApplyTo chose because -ProblemType came without one (Autopilot's default for the
        /// problem type); null when the objective was given or none was set.
        /// </summary>
        public string? DefaultedObjective { get; private set; }

        public void ApplyTo(CreateAutoMLJobV2Request request)
        {
            // New data for a request that had channels (a described job's) keeps their content type unless told otherwise.
            string contentType = ContentType ?? request.AutoMLJobInputDataConfig?.FirstOrDefault()?.ContentType ?? CsvWithHeader;
            request.AutoMLJobInputDataConfig = Channels((type, uri) => new AutoMLJobChannel { ChannelType = type, ContentType = contentType, DataSource = DataSource(uri) })
                ?? request.AutoMLJobInputDataConfig;
            ApplyOutput(() => request.OutputDataConfig ??= new AutoMLOutputDataConfig());
            if (TargetAttributeName == null && ProblemType == null && SampleWeightAttributeName == null && Mode == null && !MaxCandidates.HasValue && Algorithms == null)
            {
                ApplyObjective(request.AutoMLJobObjective, objective => request.AutoMLJobObjective = objective);
                return;
            }

            var tabular = (request.AutoMLProblemTypeConfig ??= new AutoMLProblemTypeConfig()).TabularJobConfig ??= new TabularJobConfig();
            tabular.TargetAttributeName = TargetAttributeName ?? tabular.TargetAttributeName;
            tabular.ProblemType = ProblemType ?? tabular.ProblemType;
            tabular.SampleWeightAttributeName = SampleWeightAttributeName ?? tabular.SampleWeightAttributeName;
            tabular.Mode = Mode ?? tabular.Mode;
            if (MaxCandidates.HasValue)
            {
                (tabular.CompletionCriteria ??= new AutoMLJobCompletionCriteria()).MaxCandidates = MaxCandidates;
            }

            if (Algorithms != null)
            {
                (tabular.CandidateGenerationConfig ??= new CandidateGenerationConfig()).AlgorithmsConfig = AlgorithmsConfig();
            }

            ApplyObjective(request.AutoMLJobObjective, objective => request.AutoMLJobObjective = objective);
        }

        public void ApplyTo(CreateAutoMLJobRequest request)
        {
            // New data for a request that had channels (a described job's) keeps their target, weights and content type.
            AutoMLChannel? previous = request.InputDataConfig?.FirstOrDefault();
            request.InputDataConfig = Channels((type, uri) => new AutoMLChannel
            {
                ChannelType = type,
                ContentType = ContentType ?? previous?.ContentType ?? CsvWithHeader,
                TargetAttributeName = TargetAttributeName ?? previous?.TargetAttributeName,
                SampleWeightAttributeName = SampleWeightAttributeName ?? previous?.SampleWeightAttributeName,
                DataSource = new AutoMLDataSource { S3DataSource = new AutoMLS3DataSource { S3DataType = AutoMLS3DataType.S3Prefix, S3Uri = uri } },
            }) ?? request.InputDataConfig;
            ApplyOutput(() => request.OutputDataConfig ??= new AutoMLOutputDataConfig());
            request.ProblemType = ProblemType ?? request.ProblemType;
            if (MaxCandidates.HasValue)
            {
                ((request.AutoMLJobConfig ??= new AutoMLJobConfig()).CompletionCriteria ??= new AutoMLJobCompletionCriteria()).MaxCandidates = MaxCandidates;
            }

            if (Mode != null)
            {
                (request.AutoMLJobConfig ??= new AutoMLJobConfig()).Mode = Mode;
            }

            if (Algorithms != null)
            {
                ((request.AutoMLJobConfig ??= new AutoMLJobConfig()).CandidateGenerationConfig ??= new AutoMLCandidateGenerationConfig()).AlgorithmsConfig = AlgorithmsConfig();
            }

            ApplyObjective(request.AutoMLJobObjective, objective => request.AutoMLJobObjective = objective);
        }

        private List<TChannel>? Channels<TChannel>(Func<string, string, TChannel> channel)
        {
            if (TrainingDataUri == null)
            {
                return null;
            }

            var channels = new List<TChannel> { channel(AutoMLChannelType.Training, TrainingDataUri) };
            if (ValidationDataUri != null)
            {
                channels.Add(channel(AutoMLChannelType.Validation, ValidationDataUri));
            }

            return channels;
        }

        private static AutoMLDataSource DataSource(string uri) =>
            new AutoMLDataSource { S3DataSource = new AutoMLS3DataSource { S3DataType = AutoMLS3DataType.S3Prefix, S3Uri = uri } };

        private void ApplyOutput(Func<AutoMLOutputDataConfig> output)
        {
            if (OutputPath != null)
            {
                output().S3OutputPath = OutputPath;
            }
        }

        private void ApplyObjective(AutoMLJobObjective? current, Action<AutoMLJobObjective> set)
        {
            if (ObjectiveMetric != null)
            {
                set(new AutoMLJobObjective { MetricName = ObjectiveMetric });
            }
            else if (current != null)
            {
                set(current);
            }
            else if (ObjectiveMetrics.DefaultFor(ProblemType) is string metric)
            {
                // The API wants both or neither; a flat -ProblemType alone means "this problem, its usual objective".
                set(new AutoMLJobObjective { MetricName = metric });
                DefaultedObjective = metric;
            }
        }

        private List<AutoMLAlgorithmConfig> AlgorithmsConfig() =>
            new List<AutoMLAlgorithmConfig> { new AutoMLAlgorithmConfig { AutoMLAlgorithms = Algorithms!.ToList() } };
    }
}
