namespace AutopilotTools.Local.Storage
{
    /// <summary>Durable AutoML jobs (of both APIs).</summary>
    internal interface IJobStore : IStatusStore<JobRecord>
    {
    }
}
