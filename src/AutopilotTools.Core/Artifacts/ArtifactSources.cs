using System;
using System.Collections.Generic;
using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Artifacts
{
    /// <summary>
    /// Where a job's or a candidate's artifacts are, from the API members that say so, and where each goes locally:
    /// the job's own under <c>&lt;Kind&gt;/</c>, a candidate's under <c>&lt;candidate&gt;/&lt;Kind&gt;/</c> (so the
    /// model archives of several candidates, all named model.tar.gz, never meet), and a candidate with several
    /// inference containers gets one <c>container-&lt;n&gt;</c> folder per container, in the API's order.
    /// </summary>
    public static class ArtifactSources
    {
        /// <summary>Kinds that belong to the job rather than to a candidate.</summary>
        public static bool IsJobKind(AutoMLArtifactKind kind) =>
            kind == AutoMLArtifactKind.DataExploration || kind == AutoMLArtifactKind.CandidateDefinitions;

        /// <summary>The job's own artifacts, then those of <paramref name="candidate"/> (its best candidate, or the one asked for).</summary>
        public static IReadOnlyList<ArtifactSource> OfJob(DescribeAutoMLJobV2Response job, Model.AutoMLCandidate? candidate)
        {
            string jobName = job.AutoMLJobName ?? string.Empty;
            var sources = new List<ArtifactSource>();
            AutoMLJobArtifacts? artifacts = job.AutoMLJobArtifacts;
            Add(sources, AutoMLArtifactKind.DataExploration, artifacts?.DataExplorationNotebookLocation, nameof(AutoMLArtifactKind.DataExploration), jobName, null);
            Add(sources, AutoMLArtifactKind.CandidateDefinitions, artifacts?.CandidateDefinitionNotebookLocation, nameof(AutoMLArtifactKind.CandidateDefinitions), jobName, null);
            if (candidate != null)
            {
                sources.AddRange(OfCandidate(jobName, candidate));
            }

            return sources;
        }

        /// <summary>A candidate's artifacts: its reports, then the model data of each of its inference containers.</summary>
        public static IReadOnlyList<ArtifactSource> OfCandidate(string jobName, Model.AutoMLCandidate candidate)
        {
            string candidateName = candidate.CandidateName ?? "candidate";
            var sources = new List<ArtifactSource>();
            CandidateArtifactLocations? locations = candidate.CandidateProperties?.CandidateArtifactLocations;
            Add(sources, AutoMLArtifactKind.ModelInsights, locations?.ModelInsights, Folder(candidateName, AutoMLArtifactKind.ModelInsights), jobName, candidateName);
            Add(sources, AutoMLArtifactKind.Explainability, locations?.Explainability, Folder(candidateName, AutoMLArtifactKind.Explainability), jobName, candidateName);
            Add(sources, AutoMLArtifactKind.BacktestResults, locations?.BacktestResults, Folder(candidateName, AutoMLArtifactKind.BacktestResults), jobName, candidateName);

            List<string> modelData = (candidate.InferenceContainers ?? new List<AutoMLContainerDefinition>())
                .Select(c => c.ModelDataUrl)
                .Where(url => !string.IsNullOrEmpty(url))
                .Select(url => url!)
                .ToList();
            for (int i = 0; i < modelData.Count; i++)
            {
                string folder = Folder(candidateName, AutoMLArtifactKind.Model) + (modelData.Count > 1 ? "/container-" + (i + 1) : string.Empty);
                Add(sources, AutoMLArtifactKind.Model, modelData[i], folder, jobName, candidateName);
            }

            return sources;
        }

        private static string Folder(string candidateName, AutoMLArtifactKind kind) => candidateName + "/" + kind;

        private static void Add(List<ArtifactSource> sources, AutoMLArtifactKind kind, string? uri, string folder, string jobName, string? candidateName)
        {
            if (!string.IsNullOrWhiteSpace(uri))
            {
                sources.Add(new ArtifactSource(kind, uri!.Trim(), folder, jobName, candidateName));
            }
        }
    }
}
