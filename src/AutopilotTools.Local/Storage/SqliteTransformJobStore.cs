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
    internal sealed class SqliteTransformJobStore : SqliteNamedStore<TransformJobRecord>, ITransformJobStore
    {
        private const string Update = "UPDATE transform_jobs SET status = $status, last_modified_time = $modified, document = $document WHERE name = $name";

        public SqliteTransformJobStore(Database database)
            : base(database, "transform_jobs", "name, arn, status, creation_time, last_modified_time, document")
        {
        }

        protected override string InsertValues => "$name, $arn, $status, $created, $modified, $document";

        public Task<Page<TransformJobRecord>> ListAsync(StatusResourceQuery query, CancellationToken cancellationToken) =>
            ListAsync(query.Select(), query.Order, query.PageSize, j => query.KeyOf(j.Name, j.Status, j.CreationTime), cancellationToken);

        public Task<TransformJobRecord?> UpdateAsync(string name, Func<TransformJobRecord, TransformJobRecord?> change, CancellationToken cancellationToken) =>
            UpdateAsync(name, change, Update, cancellationToken);

        public async Task<int> UpdateAllAsync(IReadOnlyCollection<string> statuses, Func<TransformJobRecord, TransformJobRecord> change, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = BeginImmediate(connection);
            List<TransformJobRecord> matching;
            string[] names = statuses.Select((_, i) => "$s" + i).ToArray();
            await using (SqliteCommand select = SelectCommand(connection, transaction, $"WHERE status IN ({string.Join(", ", names)})"))
            {
                int index = 0;
                foreach (string status in statuses)
                {
                    select.Parameters.AddWithValue(names[index++], status);
                }

                matching = await ReadAllAsync(select, cancellationToken);
            }

            foreach (TransformJobRecord job in matching)
            {
                await WriteAsync(connection, transaction, change(job), Update, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return matching.Count;
        }

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
