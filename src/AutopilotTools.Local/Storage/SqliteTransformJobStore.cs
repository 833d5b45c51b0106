using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Transform jobs in the <c>transform_jobs</c> table; times are epoch seconds so filters compare numbers.</summary>
    internal sealed class SqliteTransformJobStore : SqliteStatusStore<TransformJobRecord>, ITransformJobStore
    {
        public SqliteTransformJobStore(Database database)
            : base(database, "transform_jobs", "document", "$document", "document = $document")
        {
        }

        protected override void BindOwn(SqliteCommand command, TransformJobRecord job) => command.Parameters.AddWithValue("$document", job.Document);

        protected override TransformJobRecord Read(StatusColumns shared, SqliteDataReader reader) =>
            new TransformJobRecord(shared.Name, shared.Arn, shared.Status, shared.CreationTime, shared.LastModifiedTime, reader.GetString(FirstOwnColumn));
    }
}
