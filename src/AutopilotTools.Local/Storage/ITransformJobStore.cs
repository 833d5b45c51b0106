namespace AutopilotTools.Local.Storage
{
    /// <summary>Durable batch transform jobs.</summary>
    internal interface ITransformJobStore : IStatusStore<TransformJobRecord>
    {
    }
}
