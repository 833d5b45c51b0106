using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Json;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>AutoML jobs in the <c>automl_jobs</c> table; times are stored as epoch seconds so filters compare numbers.</summary>
    internal sealed class SqliteJobStore : SqliteStatusStore<JobRecord>, IJobStore
    {
        private const string Update = "UPDATE automl_jobs SET status = $status, secondary_status = $secondary, last_modified_time = $modified, " +
            "end_time = $ended, document = $document WHERE name = $name";

        public SqliteJobStore(Database database)
            : base(database, "automl_jobs", "name, arn, api_version, status, secondary_status, creation_time, last_modified_time, end_time, document", Update)
        {
        }

        protected override string InsertValues => "$name, $arn, $api, $status, $secondary, $created, $modified, $ended, $document";

        protected override PageKey KeyOf(StatusResourceQuery query, JobRecord job) => query.KeyOf(job.Name, job.Status, job.CreationTime);

        protected override string ArnOf(JobRecord job) => job.Arn;

        protected override void Bind(SqliteCommand command, JobRecord job)
        {
            command.Parameters.AddWithValue("$name", job.Name);
            command.Parameters.AddWithValue("$arn", job.Arn);
            command.Parameters.AddWithValue("$api", job.ApiVersion);
            command.Parameters.AddWithValue("$status", job.Status);
            command.Parameters.AddWithValue("$secondary", job.SecondaryStatus);
            command.Parameters.AddWithValue("$created", EpochSecondsConverter.ToEpochSeconds(job.CreationTime));
            command.Parameters.AddWithValue("$modified", EpochSecondsConverter.ToEpochSeconds(job.LastModifiedTime));
            command.Parameters.AddWithValue("$ended", job.EndTime.HasValue ? EpochSecondsConverter.ToEpochSeconds(job.EndTime.Value) : DBNull.Value);
            command.Parameters.AddWithValue("$document", job.Document);
        }

        protected override JobRecord Read(SqliteDataReader reader) => new JobRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetInt32(2),
            reader.GetString(3),
            reader.GetString(4),
            EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(5)),
            EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(6)),
            reader.IsDBNull(7) ? null : EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(7)),
            reader.GetString(8));
    }
}
