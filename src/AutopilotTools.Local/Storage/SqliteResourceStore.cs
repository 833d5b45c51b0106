using System;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Json;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// Models (table <c>models</c>) or endpoint configs (table <c>endpoint_configs</c>): the two tables have the same
    /// columns, so one store serves both.
    /// </summary>
    internal sealed class SqliteResourceStore : SqliteNamedStore<ResourceRecord>, IResourceStore
    {
        public const string Models = "models";
        public const string EndpointConfigs = "endpoint_configs";

        public SqliteResourceStore(Database database, string table)
            : base(database, RequireResourceTable(table), "name, arn, creation_time, document")
        {
        }

        protected override string InsertValues => "$name, $arn, $created, $document";

        public Task<Page<ResourceRecord>> ListAsync(ResourceQuery query, CancellationToken cancellationToken) =>
            ListAsync(query.Select(), query.Order, query.PageSize, query.KeyOf, cancellationToken);

        public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) => DeleteWithTagsAsync(name, cancellationToken);

        protected override string ArnOf(ResourceRecord resource) => resource.Arn;

        protected override void Bind(SqliteCommand command, ResourceRecord resource)
        {
            command.Parameters.AddWithValue("$name", resource.Name);
            command.Parameters.AddWithValue("$arn", resource.Arn);
            command.Parameters.AddWithValue("$created", EpochSecondsConverter.ToEpochSeconds(resource.CreationTime));
            command.Parameters.AddWithValue("$document", resource.Document);
        }

        protected override ResourceRecord Read(SqliteDataReader reader) =>
            new ResourceRecord(reader.GetString(0), reader.GetString(1), EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(2)), reader.GetString(3));

        private static string RequireResourceTable(string table) =>
            table == Models || table == EndpointConfigs ? table : throw new ArgumentException("Not a resource table: " + table, nameof(table));
    }
}
