using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Json;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Endpoints in the <c>endpoints</c> table; times are epoch seconds so filters compare numbers.</summary>
    internal sealed class SqliteEndpointStore : SqliteNamedStore<EndpointRecord>, IEndpointStore
    {
        private const string Update = "UPDATE endpoints SET status = $status, last_modified_time = $modified, state = $state WHERE name = $name";

        public SqliteEndpointStore(Database database)
            : base(database, "endpoints", "name, arn, status, creation_time, last_modified_time, state")
        {
        }

        protected override string InsertValues => "$name, $arn, $status, $created, $modified, $state";

        public Task<Page<EndpointRecord>> ListAsync(StatusResourceQuery query, CancellationToken cancellationToken) =>
            ListAsync(query.Select(), query.Order, query.PageSize, e => query.KeyOf(e.Name, e.Status, e.CreationTime), cancellationToken);

        public async Task<IReadOnlyList<EndpointRecord>> AllAsync(CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await ConnectAsync(cancellationToken);
            await using SqliteCommand command = SelectCommand(connection, null, "ORDER BY creation_time");
            return await ReadAllAsync(command, cancellationToken);
        }

        public Task<EndpointRecord?> UpdateAsync(string name, Func<EndpointRecord, EndpointRecord?> change, CancellationToken cancellationToken) =>
            UpdateAsync(name, change, Update, cancellationToken);

        public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) => DeleteWithTagsAsync(name, cancellationToken);

        protected override string ArnOf(EndpointRecord endpoint) => endpoint.Arn;

        protected override void Bind(SqliteCommand command, EndpointRecord endpoint)
        {
            command.Parameters.AddWithValue("$name", endpoint.Name);
            command.Parameters.AddWithValue("$arn", endpoint.Arn);
            command.Parameters.AddWithValue("$status", endpoint.Status);
            command.Parameters.AddWithValue("$created", EpochSecondsConverter.ToEpochSeconds(endpoint.CreationTime));
            command.Parameters.AddWithValue("$modified", EpochSecondsConverter.ToEpochSeconds(endpoint.LastModifiedTime));
            command.Parameters.AddWithValue("$state", endpoint.State);
        }

        protected override EndpointRecord Read(SqliteDataReader reader) => new EndpointRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(3)),
            EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(4)),
            reader.GetString(5));
    }
}
