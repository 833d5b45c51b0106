using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Endpoints in the <c>endpoints</c> table; times are epoch seconds so filters compare numbers.</summary>
    internal sealed class SqliteEndpointStore : SqliteStatusStore<EndpointRecord>, IEndpointStore
    {
        public SqliteEndpointStore(Database database)
            : base(database, "endpoints", "state", "$state", "state = $state")
        {
        }

        public async Task<IReadOnlyList<EndpointRecord>> AllAsync(CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await ConnectAsync(cancellationToken);
            await using SqliteCommand command = SelectCommand(connection, null, "ORDER BY creation_time");
            return await ReadAllAsync(command, cancellationToken);
        }

        public Task<bool> DeleteAsync(string name, CancellationToken cancellationToken) => DeleteWithTagsAsync(name, cancellationToken);

        protected override void BindOwn(SqliteCommand command, EndpointRecord endpoint) => command.Parameters.AddWithValue("$state", endpoint.State);

        protected override EndpointRecord Read(StatusColumns shared, SqliteDataReader reader) =>
            new EndpointRecord(shared.Name, shared.Arn, shared.Status, shared.CreationTime, shared.LastModifiedTime, reader.GetString(FirstOwnColumn));
    }
}
