using System;
using AutopilotTools.Json;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>AutoML jobs in the <c>automl_jobs</c> table; times are stored as epoch seconds so filters compare numbers.</summary>
    internal sealed class SqliteJobStore : SqliteStatusStore<JobRecord>, IJobStore
    {
        public SqliteJobStore(Database database)
            : base(
                database,
                "automl_jobs",
                "api_version, secondary_status, end_time, document",
                "$api, $secondary, $ended, $document",
                "secondary_status = $secondary, end_time = $ended, document = $document")
        {
        }

        protected override void BindOwn(SqliteCommand command, JobRecord job)
        {
            command.Parameters.AddWithValue("$api", job.ApiVersion);
            command.Parameters.AddWithValue("$secondary", job.SecondaryStatus);
            command.Parameters.AddWithValue("$ended", job.EndTime.HasValue ? EpochSecondsConverter.ToEpochSeconds(job.EndTime.Value) : DBNull.Value);
            command.Parameters.AddWithValue("$document", job.Document);
        }

        protected override JobRecord Read(StatusColumns shared, SqliteDataReader reader) => new JobRecord(
            shared.Name,
            shared.Arn,
            reader.GetInt32(FirstOwnColumn),
            shared.Status,
            reader.GetString(FirstOwnColumn + 1),
            shared.CreationTime,
            shared.LastModifiedTime,
            reader.IsDBNull(FirstOwnColumn + 2) ? null : EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(FirstOwnColumn + 2)),
            reader.GetString(FirstOwnColumn + 3));
    }
}
