namespace AutopilotTools.Local.Storage
{
    /// <summary>A candidate's training job as stored: its name, its AutoML job, and its DescribeTrainingJob document (JSON).</summary>
    internal sealed record TrainingJobRecord(string Name, string JobName, string Document);
}
