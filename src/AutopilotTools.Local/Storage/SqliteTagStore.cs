using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Tags in the <c>tags</c> table, keyed by the resource's ARN (compared case-insensitively, as ARNs are lowercased).</summary>
    internal sealed class SqliteTagStore : ITagStore
    {
        private readonly Database _database;

        public SqliteTagStore(Database database) => _database = database;

        public async Task AddAsync(string arn, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await UpsertAsync(connection, transaction, arn, tags, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        public async Task<int> CountAsync(string arn, IEnumerable<string> extraKeys, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            var keys = new HashSet<string>(extraKeys, System.StringComparer.Ordinal);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT tag_key FROM tags WHERE resource_arn = $arn";
            command.Parameters.AddWithValue("$arn", arn);
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                keys.Add(reader.GetString(0));
            }

            return keys.Count;
        }

        public async Task<Page<KeyValuePair<string, string>>> ListAsync(string arn, int pageSize, PageKey? after, CancellationToken cancellationToken)
        {
            var order = new SortOrder("tag_key", false, "tag_key");
            KeysetQuery select = new KeysetQuery().Where("resource_arn = $arn", ("$arn", arn)).After(after, order);
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            return await select.ReadPageAsync(
                connection,
                "SELECT tag_key, tag_value FROM tags",
                order,
                pageSize,
                reader => new KeyValuePair<string, string>(reader.GetString(0), reader.GetString(1)),
                last => new PageKey(last.Key, last.Key),
                cancellationToken);
        }

        public async Task DeleteAsync(string arn, IReadOnlyList<string> keys, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            foreach (string key in keys.Distinct())
            {
                await using SqliteCommand command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "DELETE FROM tags WHERE resource_arn = $arn AND tag_key = $key";
                command.Parameters.AddWithValue("$arn", arn);
                command.Parameters.AddWithValue("$key", key);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        /// <summary>Removes every tag of a resource inside a caller's transaction: a deleted resource takes its tags with it.</summary>
        internal static async Task DeleteAllAsync(SqliteConnection connection, SqliteTransaction transaction, string arn, CancellationToken cancellationToken)
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM tags WHERE resource_arn = $arn";
            command.Parameters.AddWithValue("$arn", arn);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        /// <summary>Writes tags inside a caller's transaction, so a resource and its first tags appear together.</summary>
        internal static async Task UpsertAsync(SqliteConnection connection, SqliteTransaction transaction, string arn, IReadOnlyList<KeyValuePair<string, string>> tags, CancellationToken cancellationToken)
        {
            foreach (KeyValuePair<string, string> tag in tags)
            {
                await using SqliteCommand command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO tags (resource_arn, tag_key, tag_value) VALUES ($arn, $key, $value) " +
                    "ON CONFLICT (resource_arn, tag_key) DO UPDATE SET tag_value = excluded.tag_value";
                command.Parameters.AddWithValue("$arn", arn);
                command.Parameters.AddWithValue("$key", tag.Key);
                command.Parameters.AddWithValue("$value", tag.Value);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}
