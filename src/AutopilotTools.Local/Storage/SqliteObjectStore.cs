using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Object metadata in the <c>s3_objects</c> table.</summary>
    internal sealed class SqliteObjectStore : IObjectStore
    {
        internal const string Columns = "bucket, key, blob, size, etag, last_modified, content_type, headers, checksum_algorithm, checksum_value";

        private readonly Database _database;

        public SqliteObjectStore(Database database) => _database = database;

        public async Task<ObjectRecord?> GetAsync(string bucket, string key, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            return await GetAsync(connection, null, bucket, key, cancellationToken);
        }

        public async Task<(bool BucketExists, string? ReplacedBlob)> PutAsync(ObjectRecord record, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            (bool exists, string? replaced) = await PutAsync(connection, transaction, record, cancellationToken);
            if (exists)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return (exists, replaced);
        }

        public async Task<string?> DeleteAsync(string bucket, string key, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "DELETE FROM s3_objects WHERE bucket = $bucket AND key = $key RETURNING blob";
            command.Parameters.AddWithValue("$bucket", bucket);
            command.Parameters.AddWithValue("$key", key);
            return (string?)await command.ExecuteScalarAsync(cancellationToken);
        }

        public async Task<IReadOnlyList<ObjectRecord>> ListAsync(string bucket, string from, string? after, int limit, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT {Columns} FROM s3_objects WHERE bucket = $bucket AND key >= $from" +
                (after == null ? string.Empty : " AND key > $after") + " ORDER BY key LIMIT $limit";
            command.Parameters.AddWithValue("$bucket", bucket);
            command.Parameters.AddWithValue("$from", from);
            if (after != null)
            {
                command.Parameters.AddWithValue("$after", after);
            }

            command.Parameters.AddWithValue("$limit", limit);
            return await Database.ReadAllAsync(command, Read, cancellationToken);
        }

        public async Task<HashSet<string>> ReferencedBlobsAsync(CancellationToken cancellationToken)
        {
            var blobs = new HashSet<string>(System.StringComparer.Ordinal);
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT blob FROM s3_objects UNION ALL SELECT blob FROM s3_parts";
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                blobs.Add(reader.GetString(0));
            }

            return blobs;
        }

        /// <summary>Writes the row inside a caller's transaction; also used when a multipart upload completes.</summary>
        internal static async Task<(bool BucketExists, string? ReplacedBlob)> PutAsync(SqliteConnection connection, SqliteTransaction transaction, ObjectRecord record, CancellationToken cancellationToken)
        {
            await using (SqliteCommand bucket = connection.CreateCommand())
            {
                bucket.Transaction = transaction;
                bucket.CommandText = "SELECT 1 FROM s3_buckets WHERE name = $bucket";
                bucket.Parameters.AddWithValue("$bucket", record.Bucket);
                if (await bucket.ExecuteScalarAsync(cancellationToken) == null)
                {
                    return (false, null);
                }
            }

            ObjectRecord? previous = await GetAsync(connection, transaction, record.Bucket, record.Key, cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT OR REPLACE INTO s3_objects ({Columns}) VALUES ($bucket, $key, $blob, $size, $etag, $modified, $type, $headers, $algorithm, $checksum)";
            command.Parameters.AddWithValue("$bucket", record.Bucket);
            command.Parameters.AddWithValue("$key", record.Key);
            command.Parameters.AddWithValue("$blob", record.Blob);
            command.Parameters.AddWithValue("$size", record.Size);
            command.Parameters.AddWithValue("$etag", record.ETag);
            command.Parameters.AddWithValue("$modified", Rows.ToUnixMilliseconds(record.LastModified));
            command.Parameters.AddWithValue("$type", record.ContentType);
            command.Parameters.AddWithValue("$headers", Rows.ToJson(record.Headers));
            command.Parameters.AddWithValue("$algorithm", Rows.OrNull(record.ChecksumAlgorithm));
            command.Parameters.AddWithValue("$checksum", Rows.OrNull(record.ChecksumValue));
            await command.ExecuteNonQueryAsync(cancellationToken);
            return (true, previous?.Blob);
        }

        private static async Task<ObjectRecord?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, string bucket, string key, CancellationToken cancellationToken)
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"SELECT {Columns} FROM s3_objects WHERE bucket = $bucket AND key = $key";
            command.Parameters.AddWithValue("$bucket", bucket);
            command.Parameters.AddWithValue("$key", key);
            IReadOnlyList<ObjectRecord> rows = await Database.ReadAllAsync(command, Read, cancellationToken);
            return rows.Count == 0 ? null : rows[0];
        }

        private static ObjectRecord Read(SqliteDataReader reader) => new ObjectRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            reader.GetInt64(3),
            reader.GetString(4),
            Rows.FromUnixMilliseconds(reader.GetInt64(5)),
            reader.GetString(6),
            Rows.FromJson(reader.GetString(7)),
            reader.IsDBNull(8) ? null : reader.GetString(8),
            reader.IsDBNull(9) ? null : reader.GetString(9));
    }
}
