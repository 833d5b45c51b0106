using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Buckets in the <c>s3_buckets</c> table.</summary>
    internal sealed class SqliteBucketStore : IBucketStore
    {
        private readonly Database _database;

        public SqliteBucketStore(Database database) => _database = database;

        public async Task<bool> TryCreateAsync(BucketRecord bucket, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "INSERT INTO s3_buckets (name, creation_time, region) VALUES ($name, $created, $region)";
            command.Parameters.AddWithValue("$name", bucket.Name);
            command.Parameters.AddWithValue("$created", Rows.ToUnixMilliseconds(bucket.CreationTime));
            command.Parameters.AddWithValue("$region", bucket.Region);
            try
            {
                await command.ExecuteNonQueryAsync(cancellationToken);
                return true;
            }
            catch (SqliteException e) when (Database.IsDuplicate(e))
            {
                return false;
            }
        }

        public async Task<BucketRecord?> GetAsync(string name, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT name, creation_time, region FROM s3_buckets WHERE name = $name";
            command.Parameters.AddWithValue("$name", name);
            IReadOnlyList<BucketRecord> rows = await Database.ReadAllAsync(command, Read, cancellationToken);
            return rows.Count == 0 ? null : rows[0];
        }

        public async Task<IReadOnlyList<BucketRecord>> ListAsync(CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT name, creation_time, region FROM s3_buckets ORDER BY name";
            return await Database.ReadAllAsync(command, Read, cancellationToken);
        }

        public async Task<(BucketDeletion Result, IReadOnlyList<string> OrphanedBlobs)> DeleteAsync(string name, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            if (await ScalarAsync(connection, transaction, "SELECT 1 FROM s3_buckets WHERE name = $name", name, cancellationToken) == null)
            {
                return (BucketDeletion.NotFound, new string[0]);
            }

            if (await ScalarAsync(connection, transaction, "SELECT 1 FROM s3_objects WHERE bucket = $name LIMIT 1", name, cancellationToken) != null)
            {
                return (BucketDeletion.NotEmpty, new string[0]);
            }

            List<string> blobs;
            await using (SqliteCommand parts = connection.CreateCommand())
            {
                parts.Transaction = transaction;
                parts.CommandText = "SELECT p.blob FROM s3_parts p JOIN s3_uploads u ON u.upload_id = p.upload_id WHERE u.bucket = $name";
                parts.Parameters.AddWithValue("$name", name);
                blobs = await Database.ReadAllAsync(parts, reader => reader.GetString(0), cancellationToken);
            }

            await ScalarAsync(connection, transaction, "DELETE FROM s3_uploads WHERE bucket = $name", name, cancellationToken);
            await ScalarAsync(connection, transaction, "DELETE FROM s3_buckets WHERE name = $name", name, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (BucketDeletion.Deleted, blobs);
        }

        private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, string name, CancellationToken cancellationToken)
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.Parameters.AddWithValue("$name", name);
            return await command.ExecuteScalarAsync(cancellationToken);
        }

        private static BucketRecord Read(SqliteDataReader reader) => new BucketRecord(reader.GetString(0), Rows.FromUnixMilliseconds(reader.GetInt64(1)), reader.GetString(2));
    }
}
