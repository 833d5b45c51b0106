using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Json;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Transform jobs in the <c>transform_jobs</c> table; times are epoch seconds so filters compare numbers.</summary>
    internal sealed class SqliteTransformJobStore : SqliteStatusStore<TransformJobRecord>, ITransformJobStore
    {
        private const string Update = "UPDATE transform_jobs SET status = $status, last_modified_time = $modified, document = $document WHERE name = $name";

        public SqliteTransformJobStore(Database database)
            : base(database, "transform_jobs", "name, arn, status, creation_time, last_modified_time, document", Update)
        {
        }

        protected override string InsertValues => "$name, $arn, $status, $created, $modified, $document";

        protected override PageKey KeyOf(StatusResourceQuery query, TransformJobRecord job) => query.KeyOf(job.Name, job.Status, job.CreationTime);

        protected override string ArnOf(TransformJobRecord job) => job.Arn;

        protected override void Bind(SqliteCommand command, TransformJobRecord job)
        {
            command.Parameters.AddWithValue("$name", job.Name);
            command.Parameters.AddWithValue("$arn", job.Arn);
            command.Parameters.AddWithValue("$status", job.Status);
            command.Parameters.AddWithValue("$created", EpochSecondsConverter.ToEpochSeconds(job.CreationTime));
            command.Parameters.AddWithValue("$modified", EpochSecondsConverter.ToEpochSeconds(job.LastModifiedTime));
            command.Parameters.AddWithValue("$document", job.Document);
        }

        protected override TransformJobRecord Read(SqliteDataReader reader) => new TransformJobRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(3)),
            EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(4)),
            reader.GetString(5));
    }
}
