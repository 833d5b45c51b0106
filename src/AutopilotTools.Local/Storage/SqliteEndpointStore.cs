using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Json;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Endpoints in the <c>endpoints</c> table; times are epoch seconds so filters compare numbers.</summary>
    internal sealed class SqliteEndpointStore : IEndpointStore
    {
        private const string Columns = "name, arn, status, creation_time, last_modified_time, state";

        private readonly Database _database;

        public SqliteEndpointStore(Database database) => _database = database;

        public async Task<bool> TryAddAsync(EndpointRecord endpoint, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await using SqliteCommand insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO endpoints ({Columns}) VALUES ($name, $arn, $status, $created, $modified, $state)";
                Bind(insert, endpoint);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException e) when (Database.IsDuplicate(e))
            {
                return false;
            }

            await SqliteTagStore.UpsertAsync(connection, transaction, endpoint.Arn, tags, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        public async Task<EndpointRecord?> GetAsync(string name, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            return await GetAsync(connection, null, name, cancellationToken);
        }

        public async Task<bool> ExistsWithArnAsync(string arn, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT 1 FROM endpoints WHERE arn = $arn";
            command.Parameters.AddWithValue("$arn", arn);
            return await command.ExecuteScalarAsync(cancellationToken) != null;
        }

        public async Task<Page<EndpointRecord>> ListAsync(EndpointQuery query, CancellationToken cancellationToken)
        {
            var order = new SortOrder(
                query.SortBy switch
                {
                    EndpointSortBy.Name => "name",
                    EndpointSortBy.Status => "status",
                    _ => "creation_time",
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
            select.Apply(command, $"SELECT {Columns} FROM endpoints", order, query.PageSize);
            List<EndpointRecord> rows = await ReadAllAsync(command, cancellationToken);
            if (rows.Count <= query.PageSize)
            {
                return new Page<EndpointRecord>(rows, null);
            }

            rows.RemoveAt(rows.Count - 1);
            EndpointRecord last = rows[rows.Count - 1];
            object sortValue = query.SortBy switch
            {
                EndpointSortBy.Name => last.Name,
                EndpointSortBy.Status => last.Status,
                _ => EpochSecondsConverter.ToEpochSeconds(last.CreationTime),
            };
            return new Page<EndpointRecord>(rows, new PageKey(sortValue, last.Name));
        }

        public async Task<IReadOnlyList<EndpointRecord>> AllAsync(CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM endpoints ORDER BY creation_time";
            return await ReadAllAsync(command, cancellationToken);
        }

        public async Task<EndpointRecord?> UpdateAsync(string name, Func<EndpointRecord, EndpointRecord?> change, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            // Immediate: the lock is taken at once, so two read-modify-writes cannot interleave.
            await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            EndpointRecord? current = await GetAsync(connection, transaction, name, cancellationToken);
            if (current == null)
            {
                return null;
            }

            EndpointRecord? changed = change(current);
            if (changed == null)
            {
                return current;
            }

            await using (SqliteCommand update = connection.CreateCommand())
            {
                update.Transaction = transaction;
                update.CommandText = "UPDATE endpoints SET status = $status, last_modified_time = $modified, state = $state WHERE name = $name";
                Bind(update, changed);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return changed;
        }

        public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            string? arn;
            await using (SqliteCommand delete = connection.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = "DELETE FROM endpoints WHERE name = $name RETURNING arn";
                delete.Parameters.AddWithValue("$name", name);
                arn = await delete.ExecuteScalarAsync(cancellationToken) as string;
            }

            if (arn == null)
            {
                return false;
            }

            await SqliteTagStore.DeleteAllAsync(connection, transaction, arn, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        private static async Task<EndpointRecord?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, string name, CancellationToken cancellationToken)
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT {Columns} FROM endpoints WHERE name = $name";
            command.Parameters.AddWithValue("$name", name);
            List<EndpointRecord> rows = await ReadAllAsync(command, cancellationToken);
            return rows.Count == 0 ? null : rows[0];
        }

        private static void Bind(SqliteCommand command, EndpointRecord endpoint)
        {
            command.Parameters.AddWithValue("$name", endpoint.Name);
            command.Parameters.AddWithValue("$arn", endpoint.Arn);
            command.Parameters.AddWithValue("$status", endpoint.Status);
            command.Parameters.AddWithValue("$created", EpochSecondsConverter.ToEpochSeconds(endpoint.CreationTime));
            command.Parameters.AddWithValue("$modified", EpochSecondsConverter.ToEpochSeconds(endpoint.LastModifiedTime));
            command.Parameters.AddWithValue("$state", endpoint.State);
        }

        private static async Task<List<EndpointRecord>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
        {
            var rows = new List<EndpointRecord>();
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new EndpointRecord(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(3)),
                    EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(4)),
                    reader.GetString(5)));
            }

            return rows;
        }
    }
}
