using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// The tables, created when missing (version 2 added models, endpoint configs and endpoints to version 1's;
    /// version 3 the training jobs of candidates; version 4 batch transform jobs, so that a transform job outlives a
    /// restart as AutoML jobs do).
    /// Names compare case-insensitively where the service's ARNs lowercase them (jobs, models, endpoint configs, transform jobs,
    /// endpoints); S3 keys and tag keys compare byte by byte, as S3 and SageMaker do.
    /// </summary>
    internal static class Schema
    {
        public const int Version = 4;

        private const string Tables = @"
CREATE TABLE IF NOT EXISTS automl_jobs (
    name               TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    arn                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    api_version        INTEGER NOT NULL,
    status             TEXT NOT NULL,
    secondary_status   TEXT NOT NULL,
    creation_time      REAL NOT NULL,
    last_modified_time REAL NOT NULL,
    end_time           REAL,
    document           TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS automl_jobs_creation ON automl_jobs (creation_time);
CREATE INDEX IF NOT EXISTS automl_jobs_modified ON automl_jobs (last_modified_time);
CREATE INDEX IF NOT EXISTS automl_jobs_status ON automl_jobs (status);

CREATE TABLE IF NOT EXISTS automl_candidates (
    job_name        TEXT NOT NULL COLLATE NOCASE REFERENCES automl_jobs (name) ON DELETE CASCADE,
    candidate_name  TEXT NOT NULL,
    status          TEXT NOT NULL,
    creation_time   REAL NOT NULL,
    objective_value REAL,
    document        TEXT NOT NULL,
    PRIMARY KEY (job_name, candidate_name)
);

CREATE TABLE IF NOT EXISTS training_jobs (
    name     TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    job_name TEXT NOT NULL COLLATE NOCASE REFERENCES automl_jobs (name) ON DELETE CASCADE,
    document TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS models (
    name          TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    arn           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    creation_time REAL NOT NULL,
    document      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS models_creation ON models (creation_time);

CREATE TABLE IF NOT EXISTS endpoint_configs (
    name          TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    arn           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    creation_time REAL NOT NULL,
    document      TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS endpoint_configs_creation ON endpoint_configs (creation_time);

CREATE TABLE IF NOT EXISTS endpoints (
    name               TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    arn                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    status             TEXT NOT NULL,
    creation_time      REAL NOT NULL,
    last_modified_time REAL NOT NULL,
    state              TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS endpoints_creation ON endpoints (creation_time);
CREATE INDEX IF NOT EXISTS endpoints_modified ON endpoints (last_modified_time);
CREATE INDEX IF NOT EXISTS endpoints_status ON endpoints (status);

CREATE TABLE IF NOT EXISTS transform_jobs (
    name               TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    arn                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    status             TEXT NOT NULL,
    creation_time      REAL NOT NULL,
    last_modified_time REAL NOT NULL,
    document           TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS transform_jobs_creation ON transform_jobs (creation_time);
CREATE INDEX IF NOT EXISTS transform_jobs_modified ON transform_jobs (last_modified_time);
CREATE INDEX IF NOT EXISTS transform_jobs_status ON transform_jobs (status);

CREATE TABLE IF NOT EXISTS tags (
    resource_arn TEXT NOT NULL COLLATE NOCASE,
    tag_key      TEXT NOT NULL,
    tag_value    TEXT NOT NULL,
    PRIMARY KEY (resource_arn, tag_key)
);

CREATE TABLE IF NOT EXISTS s3_buckets (
    name          TEXT NOT NULL PRIMARY KEY,
    creation_time INTEGER NOT NULL,
    region        TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS s3_objects (
    bucket             TEXT NOT NULL REFERENCES s3_buckets (name),
    key                TEXT NOT NULL,
    blob               TEXT NOT NULL,
    size               INTEGER NOT NULL,
    etag               TEXT NOT NULL,
    last_modified      INTEGER NOT NULL,
    content_type       TEXT NOT NULL,
    headers            TEXT NOT NULL,
    checksum_algorithm TEXT,
    checksum_value     TEXT,
    PRIMARY KEY (bucket, key)
);

CREATE TABLE IF NOT EXISTS s3_uploads (
    upload_id          TEXT NOT NULL PRIMARY KEY,
    bucket             TEXT NOT NULL REFERENCES s3_buckets (name),
    key                TEXT NOT NULL,
    initiated          INTEGER NOT NULL,
    content_type       TEXT NOT NULL,
    headers            TEXT NOT NULL,
    checksum_algorithm TEXT
);

CREATE TABLE IF NOT EXISTS s3_parts (
    upload_id      TEXT NOT NULL REFERENCES s3_uploads (upload_id) ON DELETE CASCADE,
    part_number    INTEGER NOT NULL,
    blob           TEXT NOT NULL,
    size           INTEGER NOT NULL,
    etag           TEXT NOT NULL,
    checksum_value TEXT,
    last_modified  INTEGER NOT NULL,
    PRIMARY KEY (upload_id, part_number)
);
";

        public static async Task ApplyAsync(SqliteConnection connection, CancellationToken cancellationToken)
        {
            await using SqliteTransaction transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
            await using (SqliteCommand command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = Tables + "PRAGMA user_version = " + Version + ";";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
    }
}
