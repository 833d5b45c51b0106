using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Json;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// Models (table <c>models</c>) or endpoint configs (table <c>endpoint_configs</c>): the two tables have the same
    /// columns, so one store serves both. The table name comes from our code, never from a request.
    /// </summary>
    internal sealed class SqliteResourceStore : IResourceStore
    {
        public const string Models = "models";
        public const string EndpointConfigs = "endpoint_configs";

        private const string Columns = "name, arn, creation_time, document";

        private readonly Database _database;
        private readonly string _table;

        public SqliteResourceStore(Database database, string table)
        {
            _database = database;
            _table = table == Models || table == EndpointConfigs ? table : throw new ArgumentException("Not a resource table: " + table, nameof(table));
        }

        public async Task<bool> TryAddAsync(ResourceRecord resource, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await using SqliteCommand insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO {_table} ({Columns}) VALUES ($name, $arn, $created, $document)";
                insert.Parameters.AddWithValue("$name", resource.Name);
                insert.Parameters.AddWithValue("$arn", resource.Arn);
                insert.Parameters.AddWithValue("$created", EpochSecondsConverter.ToEpochSeconds(resource.CreationTime));
                insert.Parameters.AddWithValue("$document", resource.Document);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException e) when (Database.IsDuplicate(e))
            {
                return false;
            }

            await SqliteTagStore.UpsertAsync(connection, transaction, resource.Arn, tags, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        public async Task<ResourceRecord?> GetAsync(string name, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM {_table} WHERE name = $name";
            command.Parameters.AddWithValue("$name", name);
            List<ResourceRecord> rows = await ReadAllAsync(command, cancellationToken);
            return rows.Count == 0 ? null : rows[0];
        }

        public async Task<bool> ExistsWithArnAsync(string arn, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT 1 FROM {_table} WHERE arn = $arn";
            command.Parameters.AddWithValue("$arn", arn);
            return await command.ExecuteScalarAsync(cancellationToken) != null;
        }

        public async Task<Page<ResourceRecord>> ListAsync(ResourceQuery query, CancellationToken cancellationToken)
        {
            var order = new SortOrder(query.SortByName ? "name" : "creation_time", query.Descending, "name");
            KeysetQuery select = new KeysetQuery()
                .NameContains("name", query.NameContains)
                .TimeAfter("creation_time", query.CreationTimeAfter)
                .TimeBefore("creation_time", query.CreationTimeBefore)
                .After(query.After, order);
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            select.Apply(command, $"SELECT {Columns} FROM {_table}", order, query.PageSize);
            List<ResourceRecord> rows = await ReadAllAsync(command, cancellationToken);
            if (rows.Count <= query.PageSize)
            {
                return new Page<ResourceRecord>(rows, null);
            }

            rows.RemoveAt(rows.Count - 1);
            ResourceRecord last = rows[rows.Count - 1];
            object sortValue = query.SortByName ? last.Name : EpochSecondsConverter.ToEpochSeconds(last.CreationTime);
            return new Page<ResourceRecord>(rows, new PageKey(sortValue, last.Name));
        }

        public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            string? arn;
            await using (SqliteCommand delete = connection.CreateCommand())
            {
                delete.Transaction = transaction;
                delete.CommandText = $"DELETE FROM {_table} WHERE name = $name RETURNING arn";
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

        private static async Task<List<ResourceRecord>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken)
        {
            var rows = new List<ResourceRecord>();
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new ResourceRecord(reader.GetString(0), reader.GetString(1), EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(2)), reader.GetString(3)));
            }

            return rows;
        }
    }
}
