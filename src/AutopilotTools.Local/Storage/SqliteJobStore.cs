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
    internal sealed class SqliteJobStore : SqliteNamedStore<JobRecord>, IJobStore
    {
        private const string Update = "UPDATE automl_jobs SET status = $status, secondary_status = $secondary, last_modified_time = $modified, " +
            "end_time = $ended, document = $document WHERE name = $name";

        public SqliteJobStore(Database database)
            : base(database, "automl_jobs", "name, arn, api_version, status, secondary_status, creation_time, last_modified_time, end_time, document")
        {
        }

        protected override string InsertValues => "$name, $arn, $api, $status, $secondary, $created, $modified, $ended, $document";

        public Task<Page<JobRecord>> ListAsync(StatusResourceQuery query, CancellationToken cancellationToken) =>
            ListAsync(query.Select(), query.Order, query.PageSize, j => query.KeyOf(j.Name, j.Status, j.CreationTime), cancellationToken);

        public Task<JobRecord?> UpdateAsync(string name, Func<JobRecord, JobRecord?> change, CancellationToken cancellationToken) =>
            UpdateAsync(name, change, Update, cancellationToken);

        public async Task<int> UpdateAllAsync(IReadOnlyCollection<string> statuses, Func<JobRecord, JobRecord> change, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = BeginImmediate(connection);
            List<JobRecord> matching;
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

            foreach (JobRecord job in matching)
            {
                await WriteAsync(connection, transaction, change(job), Update, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return matching.Count;
        }

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
