using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Multipart uploads in <c>s3_uploads</c> and their parts in <c>s3_parts</c>.</summary>
    internal sealed class SqliteMultipartStore : IMultipartStore
    {
        private readonly Database _database;

        public SqliteMultipartStore(Database database) => _database = database;

        public async Task<bool> CreateAsync(UploadRecord upload, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "INSERT INTO s3_uploads (upload_id, bucket, key, initiated, content_type, headers, checksum_algorithm) " +
                "SELECT $id, $bucket, $key, $initiated, $type, $headers, $algorithm WHERE EXISTS (SELECT 1 FROM s3_buckets WHERE name = $bucket)";
            command.Parameters.AddWithValue("$id", upload.UploadId);
            command.Parameters.AddWithValue("$bucket", upload.Bucket);
            command.Parameters.AddWithValue("$key", upload.Key);
            command.Parameters.AddWithValue("$initiated", Rows.ToUnixMilliseconds(upload.Initiated));
            command.Parameters.AddWithValue("$type", upload.ContentType);
            command.Parameters.AddWithValue("$headers", Rows.ToJson(upload.Headers));
            command.Parameters.AddWithValue("$algorithm", Rows.OrNull(upload.ChecksumAlgorithm));
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        public async Task<UploadRecord?> GetAsync(string uploadId, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT upload_id, bucket, key, initiated, content_type, headers, checksum_algorithm FROM s3_uploads WHERE upload_id = $id";
            command.Parameters.AddWithValue("$id", uploadId);
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }

            return new UploadRecord(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                Rows.FromUnixMilliseconds(reader.GetInt64(3)),
                reader.GetString(4),
                Rows.FromJson(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetString(6));
        }

        public async Task<(bool UploadExists, string? ReplacedBlob)> PutPartAsync(PartRecord part, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            string? replaced;
            await using (SqliteCommand existing = connection.CreateCommand())
            {
                existing.Transaction = transaction;
                existing.CommandText = "SELECT (SELECT 1 FROM s3_uploads WHERE upload_id = $id), (SELECT blob FROM s3_parts WHERE upload_id = $id AND part_number = $number)";
                existing.Parameters.AddWithValue("$id", part.UploadId);
                existing.Parameters.AddWithValue("$number", part.PartNumber);
                await using SqliteDataReader reader = await existing.ExecuteReaderAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                if (reader.IsDBNull(0))
                {
                    return (false, null);
                }

                replaced = reader.IsDBNull(1) ? null : reader.GetString(1);
            }

            await using (SqliteCommand command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = "INSERT OR REPLACE INTO s3_parts (upload_id, part_number, blob, size, etag, checksum_value, last_modified) " +
                    "VALUES ($id, $number, $blob, $size, $etag, $checksum, $modified)";
                command.Parameters.AddWithValue("$id", part.UploadId);
                command.Parameters.AddWithValue("$number", part.PartNumber);
                command.Parameters.AddWithValue("$blob", part.Blob);
                command.Parameters.AddWithValue("$size", part.Size);
                command.Parameters.AddWithValue("$etag", part.ETag);
                command.Parameters.AddWithValue("$checksum", Rows.OrNull(part.ChecksumValue));
                command.Parameters.AddWithValue("$modified", Rows.ToUnixMilliseconds(part.LastModified));
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return (true, replaced);
        }

        public async Task<IReadOnlyList<PartRecord>> ListPartsAsync(string uploadId, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            return await ListPartsAsync(connection, null, uploadId, cancellationToken);
        }

        public async Task<(bool UploadExisted, IReadOnlyList<string> OrphanedBlobs)> CompleteAsync(string uploadId, ObjectRecord result, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            List<string>? blobs = await EndUploadAsync(connection, transaction, uploadId, cancellationToken);
            if (blobs == null)
            {
                return (false, new string[0]);
            }

            (bool bucketExists, string? replaced) = await SqliteObjectStore.PutAsync(connection, transaction, result, cancellationToken);
            if (!bucketExists)
            {
                return (false, new string[0]);
            }

            if (replaced != null)
            {
                blobs.Add(replaced);
            }

            await transaction.CommitAsync(cancellationToken);
            return (true, blobs);
        }

        public async Task<IReadOnlyList<string>?> AbortAsync(string uploadId, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            List<string>? blobs = await EndUploadAsync(connection, transaction, uploadId, cancellationToken);
            if (blobs != null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return blobs;
        }

        /// <summary>Deletes the upload and its parts (by cascade); null when it did not exist, else the part blobs.</summary>
        private static async Task<List<string>?> EndUploadAsync(SqliteConnection connection, SqliteTransaction transaction, string uploadId, CancellationToken cancellationToken)
        {
            var blobs = new List<string>();
            foreach (PartRecord part in await ListPartsAsync(connection, transaction, uploadId, cancellationToken))
            {
                blobs.Add(part.Blob);
            }

            await using SqliteCommand delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM s3_uploads WHERE upload_id = $id";
            delete.Parameters.AddWithValue("$id", uploadId);
            return await delete.ExecuteNonQueryAsync(cancellationToken) == 0 ? null : blobs;
        }

        private static async Task<IReadOnlyList<PartRecord>> ListPartsAsync(SqliteConnection connection, SqliteTransaction? transaction, string uploadId, CancellationToken cancellationToken)
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT upload_id, part_number, blob, size, etag, checksum_value, last_modified FROM s3_parts WHERE upload_id = $id ORDER BY part_number";
            command.Parameters.AddWithValue("$id", uploadId);
            return await Database.ReadAllAsync(command, ReadPart, cancellationToken);
        }

        private static PartRecord ReadPart(SqliteDataReader reader) => new PartRecord(
            reader.GetString(0),
            reader.GetInt32(1),
            reader.GetString(2),
            reader.GetInt64(3),
            reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5),
            Rows.FromUnixMilliseconds(reader.GetInt64(6)));
    }
}
