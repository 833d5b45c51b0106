using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Json;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// A table of named resources that move through statuses (AutoML jobs, transform jobs, endpoints): listed by status,
    /// name and time windows, updated one at a time, and all of some statuses at once (what a start after an unclean stop
    /// does). Each such table has the columns of <see cref="IStatusRecord"/> under the same names, so they are bound and
    /// read here; a store adds its own columns after them.
    /// </summary>
    internal abstract class SqliteStatusStore<TRecord> : SqliteNamedStore<TRecord>
        where TRecord : class, IStatusRecord
    {
        /// <summary>The ordinal of a store's first own column in every SELECT: the shared ones come first.</summary>
        protected const int FirstOwnColumn = 5;

        private const string SharedColumns = "name, arn, status, creation_time, last_modified_time";
        private const string SharedValues = "$name, $arn, $status, $created, $modified";

        private readonly string _insertValues;
        private readonly string _update;

        /// <param name="ownColumns">The table's other columns, in the order <see cref="Read(StatusColumns, SqliteDataReader)"/> reads them.</param>
        /// <param name="ownValues">Their INSERT parameters, in that order, as <see cref="BindOwn"/> names them.</param>
        /// <param name="ownUpdates">What an update sets besides the status and the last-modified time (by <see cref="BindOwn"/>'s parameters).</param>
        protected SqliteStatusStore(Database database, string table, string ownColumns, string ownValues, string ownUpdates)
            : base(database, table, SharedColumns + ", " + ownColumns)
        {
            _insertValues = SharedValues + ", " + ownValues;
            _update = $"UPDATE {table} SET status = $status, last_modified_time = $modified, {ownUpdates} WHERE name = $name";
        }

        protected sealed override string InsertValues => _insertValues;

        public Task<Page<TRecord>> ListAsync(StatusResourceQuery query, CancellationToken cancellationToken) =>
            ListAsync(query.Select(), query.Order, query.PageSize, query.KeyOf, cancellationToken);

        public Task<TRecord?> UpdateAsync(string name, Func<TRecord, TRecord?> change, CancellationToken cancellationToken) =>
            UpdateAsync(name, change, _update, cancellationToken);

        public async Task<int> UpdateAllAsync(IReadOnlyCollection<string> statuses, Func<TRecord, TRecord> change, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = BeginImmediate(connection);
            List<TRecord> matching;
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

            foreach (TRecord record in matching)
            {
                await WriteAsync(connection, transaction, change(record), _update, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return matching.Count;
        }

        protected sealed override string ArnOf(TRecord record) => record.Arn;

        protected sealed override void Bind(SqliteCommand command, TRecord record)
        {
            command.Parameters.AddWithValue("$name", record.Name);
            command.Parameters.AddWithValue("$arn", record.Arn);
            command.Parameters.AddWithValue("$status", record.Status);
            command.Parameters.AddWithValue("$created", EpochSecondsConverter.ToEpochSeconds(record.CreationTime));
            command.Parameters.AddWithValue("$modified", EpochSecondsConverter.ToEpochSeconds(record.LastModifiedTime));
            BindOwn(command, record);
        }

        protected sealed override TRecord Read(SqliteDataReader reader) => Read(
            new StatusColumns(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(3)),
                EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(4))),
            reader);

        /// <summary>Sets a parameter for each of the store's own columns.</summary>
        protected abstract void BindOwn(SqliteCommand command, TRecord record);

        /// <summary>The record of the row: <paramref name="shared"/> as read, its own columns from <see cref="FirstOwnColumn"/> on.</summary>
        protected abstract TRecord Read(StatusColumns shared, SqliteDataReader reader);

        /// <summary>The row's values of the columns every status table has.</summary>
        protected readonly record struct StatusColumns(string Name, string Arn, string Status, DateTime CreationTime, DateTime LastModifiedTime);
    }
}
