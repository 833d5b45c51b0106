namespace AutopilotTools.Artifacts
{
    /// <summary>
    /// One artifact location of a job or candidate: what it is, the S3 object or prefix it names, and the folder
    /// (relative to where artifacts are saved) its files go to.
    /// </summary>
    public sealed class ArtifactSource
    {
        public ArtifactSource(AutoMLArtifactKind kind, string s3Uri, string folder, string autoMLJobName, string? candidateName)
        {
            Kind = kind;
            S3Uri = s3Uri;
            Folder = folder;
            AutoMLJobName = autoMLJobName;
            CandidateName = candidateName;
        }

        public AutoMLArtifactKind Kind { get; }

        public string S3Uri { get; }

        /// <summary>A relative folder with '/' separators: <c>DataExploration</c>, <c>&lt;candidate&gt;/Model/container-2</c>.</summary>
        public string Folder { get; }

        public string AutoMLJobName { get; }

        /// <summary>The candidate the artifact belongs to; null for the job's own artifacts.</summary>
        public string? CandidateName { get; }

        public override string ToString() => $"{Kind} {S3Uri}";
    }
}
