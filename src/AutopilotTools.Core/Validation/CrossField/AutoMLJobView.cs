using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField
{
    /// <summary>
    /// A CreateAutoMLJobV2 or CreateAutoMLJob request seen the same way: the problem type, the channels, the tabular
    /// settings and the shared parts, each with the path it has in that API. Anything absent is null or empty.
    /// </summary>
    internal sealed class AutoMLJobView
    {
        private AutoMLJobView(ProblemKind problem, IReadOnlyList<ChannelView> channels)
        {
            Problem = problem;
            Channels = channels;
        }

        public ProblemKind Problem { get; }

        public IReadOnlyList<ChannelView> Channels { get; }

        /// <summary>Tabular settings; null for the other problem types (and for a V2 union that is not exactly one).</summary>
        public TabularView? Tabular { get; private set; }

        /// <summary>The completion criteria of the job's problem type (V2) or of AutoMLJobConfig (V1).</summary>
        public Located<AutoMLJobCompletionCriteria>? CompletionCriteria { get; private set; }

        public Located<AutoMLJobObjective>? Objective { get; private set; }

        public Located<ModelDeployConfig>? ModelDeploy { get; private set; }

        public Located<AutoMLOutputDataConfig>? Output { get; private set; }

        public Located<List<Tag>>? Tags { get; private set; }

        public Located<AutoMLDataSplitConfig>? DataSplit { get; private set; }

        public Located<TextClassificationJobConfig>? TextClassification { get; private set; }

        public Located<TimeSeriesForecastingJobConfig>? TimeSeries { get; private set; }

        public static AutoMLJobView Of(CreateAutoMLJobV2Request request)
        {
            const string Union = nameof(CreateAutoMLJobV2Request.AutoMLProblemTypeConfig);
            AutoMLProblemTypeConfig? config = request.AutoMLProblemTypeConfig;
            var channels = (request.AutoMLJobInputDataConfig ?? new List<AutoMLJobChannel>())
                .Select((c, i) => c == null ? null : new ChannelView(MemberPath.Index(nameof(request.AutoMLJobInputDataConfig), i), c.ChannelType, c.ContentType, c.CompressionType, c.DataSource))
                .OfType<ChannelView>()
                .ToList();

            var (problem, branch) = ProblemOf(config);
            var view = new AutoMLJobView(problem, channels)
            {
                Objective = Located.At(request.AutoMLJobObjective, nameof(request.AutoMLJobObjective)),
                ModelDeploy = Located.At(request.ModelDeployConfig, nameof(request.ModelDeployConfig)),
                Output = Located.At(request.OutputDataConfig, nameof(request.OutputDataConfig)),
                Tags = Located.At(request.Tags, nameof(request.Tags)),
                DataSplit = Located.At(request.DataSplitConfig, nameof(request.DataSplitConfig)),
            };
            if (config == null || branch == null)
            {
                return view;
            }

            string branchPath = MemberPath.Member(Union, branch);
            string criteriaPath = MemberPath.Member(branchPath, nameof(TabularJobConfig.CompletionCriteria));
            view.CompletionCriteria = Located.At(CompletionCriteriaOf(config), criteriaPath);
            view.TextClassification = Located.At(config.TextClassificationJobConfig, branchPath);
            view.TimeSeries = Located.At(config.TimeSeriesForecastingJobConfig, branchPath);

            TabularJobConfig? tabular = config.TabularJobConfig;
            if (tabular != null)
            {
                var algorithms = Located.At(
                    tabular.CandidateGenerationConfig?.AlgorithmsConfig,
                    MemberPath.Member(MemberPath.Member(branchPath, nameof(tabular.CandidateGenerationConfig)), nameof(CandidateGenerationConfig.AlgorithmsConfig)));
                view.Tabular = new TabularView(tabular.Mode, MemberPath.Member(branchPath, nameof(tabular.Mode)), algorithms, tabular.ProblemType, MemberPath.Member(branchPath, nameof(tabular.ProblemType)));
                AddSampleWeight(view.Tabular, tabular.SampleWeightAttributeName, MemberPath.Member(branchPath, nameof(tabular.SampleWeightAttributeName)));
            }

            return view;
        }

        public static AutoMLJobView Of(CreateAutoMLJobRequest request)
        {
            const string ConfigPath = nameof(CreateAutoMLJobRequest.AutoMLJobConfig);
            var channels = new List<ChannelView>();
            var inputs = request.InputDataConfig ?? new List<AutoMLChannel>();
            for (int i = 0; i < inputs.Count; i++)
            {
                AutoMLChannel c = inputs[i];
                if (c != null)
                {
                    channels.Add(new ChannelView(MemberPath.Index(nameof(request.InputDataConfig), i), c.ChannelType, c.ContentType, c.CompressionType, c.DataSource)
                    {
                        TargetAttributeName = c.TargetAttributeName,
                        SampleWeightAttributeName = c.SampleWeightAttributeName,
                    });
                }
            }

            AutoMLJobConfig? config = request.AutoMLJobConfig;
            var algorithms = Located.At(
                config?.CandidateGenerationConfig?.AlgorithmsConfig,
                MemberPath.Member(MemberPath.Member(ConfigPath, nameof(AutoMLJobConfig.CandidateGenerationConfig)), nameof(AutoMLCandidateGenerationConfig.AlgorithmsConfig)));

            // The V1 API is for tabular problems only.
            var view = new AutoMLJobView(ProblemKind.Tabular, channels)
            {
                Tabular = new TabularView(config?.Mode, MemberPath.Member(ConfigPath, nameof(AutoMLJobConfig.Mode)), algorithms, request.ProblemType, nameof(request.ProblemType)),
                CompletionCriteria = Located.At(config?.CompletionCriteria, MemberPath.Member(ConfigPath, nameof(AutoMLJobConfig.CompletionCriteria))),
                Objective = Located.At(request.AutoMLJobObjective, nameof(request.AutoMLJobObjective)),
                ModelDeploy = Located.At(request.ModelDeployConfig, nameof(request.ModelDeployConfig)),
                Output = Located.At(request.OutputDataConfig, nameof(request.OutputDataConfig)),
                Tags = Located.At(request.Tags, nameof(request.Tags)),
                DataSplit = Located.At(config?.DataSplitConfig, MemberPath.Member(ConfigPath, nameof(AutoMLJobConfig.DataSplitConfig))),
            };
            foreach (ChannelView channel in channels)
            {
                AddSampleWeight(view.Tabular, channel.SampleWeightAttributeName, channel.Member(nameof(AutoMLChannel.SampleWeightAttributeName)));
            }

            return view;
        }

        /// <summary>The problem type and the union member naming it, when exactly one member is set.</summary>
        private static (ProblemKind Kind, string? Member) ProblemOf(AutoMLProblemTypeConfig? config)
        {
            if (config == null)
            {
                return (ProblemKind.Unknown, null);
            }

            var set = new List<(ProblemKind, string?)>();
            if (config.TabularJobConfig != null)
            {
                set.Add((ProblemKind.Tabular, nameof(config.TabularJobConfig)));
            }

            if (config.ImageClassificationJobConfig != null)
            {
                set.Add((ProblemKind.ImageClassification, nameof(config.ImageClassificationJobConfig)));
            }

            if (config.TextClassificationJobConfig != null)
            {
                set.Add((ProblemKind.TextClassification, nameof(config.TextClassificationJobConfig)));
            }

            if (config.TimeSeriesForecastingJobConfig != null)
            {
                set.Add((ProblemKind.TimeSeriesForecasting, nameof(config.TimeSeriesForecastingJobConfig)));
            }

            if (config.TextGenerationJobConfig != null)
            {
                set.Add((ProblemKind.TextGeneration, nameof(config.TextGenerationJobConfig)));
            }

            return set.Count == 1 ? set[0] : (ProblemKind.Unknown, null);
        }

        private static AutoMLJobCompletionCriteria? CompletionCriteriaOf(AutoMLProblemTypeConfig config) =>
            config.TabularJobConfig?.CompletionCriteria
            ?? config.ImageClassificationJobConfig?.CompletionCriteria
            ?? config.TextClassificationJobConfig?.CompletionCriteria
            ?? config.TimeSeriesForecastingJobConfig?.CompletionCriteria
            ?? config.TextGenerationJobConfig?.CompletionCriteria;

        private static void AddSampleWeight(TabularView tabular, string? column, string path)
        {
            if (column != null)
            {
                tabular.SampleWeights.Add(new KeyValuePair<string, string>(column, path));
            }
        }
    }
}
