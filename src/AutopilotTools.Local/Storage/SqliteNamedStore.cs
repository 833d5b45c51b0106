using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// A table of SageMaker resources keyed by name (in any casing) with a unique ARN and tags: AutoML jobs, models,
    /// endpoint configs, endpoints. Adding, getting, finding by ARN, read-modify-write, deleting and paging work the
    /// same in each, so they are done here; a store names its table and columns and maps its rows.
    /// The table name comes from our code, never from a request.
    /// </summary>
    internal abstract class SqliteNamedStore<TRecord>
        where TRecord : class
    {
        private readonly Database _database;
        private readonly string _table;
        private readonly string _columns;

        /// <param name="columns">The columns every SELECT reads, in the order <see cref="Read"/> expects; name first.</param>
        protected SqliteNamedStore(Database database, string table, string columns)
        {
            _database = database;
            _table = table;
            _columns = columns;
        }

        /// <summary>The INSERT's VALUES, one parameter per column in the order of the columns, as <see cref="Bind"/> names them.</summary>
        protected abstract string InsertValues { get; }

        /// <summary>Adds a record and its tags in one transaction; false when one of that name (in any casing) exists.</summary>
        public async Task<bool> TryAddAsync(TRecord record, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await using SqliteCommand insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO {_table} ({_columns}) VALUES ({InsertValues})";
                Bind(insert, record);
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            catch (SqliteException e) when (Database.IsDuplicate(e))
            {
                return false;
            }

            await SqliteTagStore.UpsertAsync(connection, transaction, ArnOf(record), tags, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        /// <summary>The record of that name in any casing, or null.</summary>
        public async Task<TRecord?> GetAsync(string name, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            return await GetAsync(connection, null, name, cancellationToken);
        }

        public async Task<bool> ExistsWithArnAsync(string arn, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT 1 FROM {_table} WHERE arn = $arn";
            command.Parameters.AddWithValue("$arn", arn);
            return await command.ExecuteScalarAsync(cancellationToken) != null;
        }

        protected abstract string ArnOf(TRecord record);

        /// <summary>Sets a parameter for every column of the record (an UPDATE may use only some of them).</summary>
        protected abstract void Bind(SqliteCommand command, TRecord record);

        protected abstract TRecord Read(SqliteDataReader reader);

        protected Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken) => _database.ConnectAsync(cancellationToken);

        /// <summary>A write transaction that takes the lock at once, so two read-modify-writes cannot interleave.</summary>
        protected static SqliteTransaction BeginImmediate(SqliteConnection connection) => connection.BeginTransaction(deferred: false);

        /// <summary>One page of the rows <paramref name="select"/> keeps, in <paramref name="order"/>.</summary>
        protected async Task<Page<TRecord>> ListAsync(KeysetQuery select, SortOrder order, int pageSize, Func<TRecord, PageKey> keyOf, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            return await select.ReadPageAsync(connection, $"SELECT {_columns} FROM {_table}", order, pageSize, Read, keyOf, cancellationToken);
        }

        /// <summary>A SELECT of every column; <paramref name="clauses"/> (WHERE, ORDER BY) follow the table's name.</summary>
        protected SqliteCommand SelectCommand(SqliteConnection connection, SqliteTransaction? transaction, string clauses)
        {
            SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT {_columns} FROM {_table} {clauses}";
            return command;
        }

        protected Task<List<TRecord>> ReadAllAsync(SqliteCommand command, CancellationToken cancellationToken) => Database.ReadAllAsync(command, Read, cancellationToken);

        /// <summary>
        /// Reads the record and writes what <paramref name="change"/> makes of it with <paramref name="update"/>, with no
        /// other writer in between. <paramref name="change"/> returns null to leave it as it is. Returns the record as
        /// stored afterwards, or null when missing.
        /// </summary>
        protected async Task<TRecord?> UpdateAsync(string name, Func<TRecord, TRecord?> change, string update, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = BeginImmediate(connection);
            TRecord? current = await GetAsync(connection, transaction, name, cancellationToken);
            if (current == null)
            {
                return null;
            }

            TRecord? changed = change(current);
            if (changed == null)
            {
                return current;
            }

            await WriteAsync(connection, transaction, changed, update, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return changed;
        }

        /// <summary>Runs <paramref name="update"/> (an UPDATE … WHERE name = $name) with the record's values.</summary>
        protected async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, TRecord record, string update, CancellationToken cancellationToken)
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = update;
            Bind(command, record);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        /// <summary>Deletes the record and its tags; false when there was none of that name.</summary>
        protected async Task<bool> DeleteWithTagsAsync(string name, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = BeginImmediate(connection);
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

        private async Task<TRecord?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, string name, CancellationToken cancellationToken)
        {
            await using SqliteCommand command = SelectCommand(connection, transaction, "WHERE name = $name");
            command.Parameters.AddWithValue("$name", name);
            List<TRecord> rows = await ReadAllAsync(command, cancellationToken);
            return rows.Count == 0 ? null : rows[0];
        }
    }
}
