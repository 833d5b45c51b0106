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
    internal sealed class SqliteJobStore : IJobStore
    {
        private const string Columns = "name, arn, api_version, status, secondary_status, creation_time, last_modified_time, end_time, document";

        private readonly Database _database;

        public SqliteJobStore(Database database) => _database = database;

        public async Task<bool> TryAddAsync(JobRecord job, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await using (SqliteCommand insert = connection.CreateCommand())
                {
                    insert.Transaction = transaction;
                    insert.CommandText = $"INSERT INTO automl_jobs ({Columns}) VALUES ($name, $arn, $api, $status, $secondary, $created, $modified, $ended, $document)";
                    Bind(insert, job);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            catch (SqliteException e) when (Database.IsDuplicate(e))
            {
                return false;
            }

            await SqliteTagStore.UpsertAsync(connection, transaction, job.Arn, tags, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        public async Task<JobRecord?> GetAsync(string name, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            return await GetAsync(connection, null, name, cancellationToken);
        }

        public async Task<bool> ExistsWithArnAsync(string arn, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT 1 FROM automl_jobs WHERE arn = $arn";
            command.Parameters.AddWithValue("$arn", arn);
            return await command.ExecuteScalarAsync(cancellationToken) != null;
        }

        public async Task<Page<JobRecord>> ListAsync(JobQuery query, CancellationToken cancellationToken)
        {
            var order = new SortOrder(
                query.SortBy switch
                {
                    JobSortBy.CreationTime => "creation_time",
                    JobSortBy.Status => "status",
                    _ => "name",
                },
                query.Descending,
                "name");
            var select = new KeysetQuery();
            if (query.StatusEquals != null)
            {
                select.Where("status = $status", ("$status", query.StatusEquals));
            }

            select.NameContains("name", query.NameContains)
                .TimeAfter("creation_time", query.CreationTimeAfter)
                .TimeBefore("creation_time", query.CreationTimeBefore)
                .TimeAfter("last_modified_time", query.LastModifiedTimeAfter)
                .TimeBefore("last_modified_time", query.LastModifiedTimeBefore)
                .After(query.After, order);

            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            select.Apply(command, $"SELECT {Columns} FROM automl_jobs", order, query.PageSize);
            List<JobRecord> rows = await ReadAllAsync(command, cancellationToken);
            if (rows.Count <= query.PageSize)
            {
                return new Page<JobRecord>(rows, null);
            }

            rows.RemoveAt(rows.Count - 1);
            JobRecord last = rows[rows.Count - 1];
            object sortValue = query.SortBy switch
            {
                JobSortBy.CreationTime => EpochSecondsConverter.ToEpochSeconds(last.CreationTime),
                JobSortBy.Status => last.Status,
                _ => last.Name,
            };
            return new Page<JobRecord>(rows, new PageKey(sortValue, last.Name));
        }

        public async Task<JobRecord?> UpdateAsync(string name, Func<JobRecord, JobRecord?> change, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = BeginImmediate(connection);
            JobRecord? current = await GetAsync(connection, transaction, name, cancellationToken);
            if (current == null)
            {
                return null;
            }

            JobRecord? changed = change(current);
            if (changed == null)
            {
                return current;
            }

            await WriteAsync(connection, transaction, changed, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return changed;
        }

        public async Task<int> UpdateAllAsync(IReadOnlyCollection<string> statuses, Func<JobRecord, JobRecord> change, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = BeginImmediate(connection);
            List<JobRecord> matching;
            await using (SqliteCommand select = connection.CreateCommand())
            {
                select.Transaction = transaction;
                string[] names = statuses.Select((_, i) => "$s" + i).ToArray();
                select.CommandText = $"SELECT {Columns} FROM automl_jobs WHERE status IN ({string.Join(", ", names)})";
                int index = 0;
                foreach (string status in statuses)
                {
                    select.Parameters.AddWithValue(names[index++], status);
                }

                matching = await ReadAllAsync(select, cancellationToken);
            }

            foreach (JobRecord job in matching)
            {
                await WriteAsync(connection, transaction, change(job), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return matching.Count;
        }

        /// <summary>A write transaction that takes the lock at once, so two read-modify-writes cannot interleave.</summary>
        private static SqliteTransaction BeginImmediate(SqliteConnection connection) => connection.BeginTransaction(deferred: false);

        private static async Task<JobRecord?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, string name, CancellationToken cancellationToken)
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT {Columns} FROM automl_jobs WHERE name = $name";
            command.Parameters.AddWithValue("$name", name);
            return (await ReadAllAsync(command, cancellationToken)).FirstOrDefault();
        }

        private static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, JobRecord job, CancellationToken cancellationToken)
        {
            await using SqliteCommand update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE automl_jobs SET status = $status, secondary_status = $secondary, last_modified_time = $modified, " +
                "end_time = $ended, document = $document WHERE name = $name";
            Bind(update, job);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        private static void Bind(SqliteCommand command, JobRecord job)
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

        private static async Task<List<JobRecord>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
        {
            var rows = new List<JobRecord>();
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new JobRecord(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetInt32(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(5)),
                    EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(6)),
                    reader.IsDBNull(7) ? null : EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(7)),
                    reader.GetString(8)));
            }

            return rows;
        }
    }
}
