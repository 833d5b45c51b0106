using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// The server's SQLite database under the data directory. WAL lets readers run beside a writer; synchronous=FULL
    /// makes a committed row survive a power cut, not only a killed process. Each operation opens a pooled connection.
    /// </summary>
    internal sealed class Database
    {
        public const string FileName = "autopilot.db";

        private readonly string _connectionString;

        private Database(string path)
        {
            Path = path;
            _connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = path,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString();
        }

        public string Path { get; }

        /// <summary>Opens (creating when needed) the database in <paramref name="dataDirectory"/> and brings its schema up to date.</summary>
        public static async Task<Database> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
        {
            var database = new Database(System.IO.Path.Combine(dataDirectory, FileName));
            await using SqliteConnection connection = await database.ConnectAsync(cancellationToken);
            await Schema.ApplyAsync(connection, cancellationToken);
            return database;
        }

        public async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            // journal_mode is stored in the file; synchronous and busy_timeout are per connection.
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;", cancellationToken);
            return connection;
        }

        /// <summary>Releases pooled connections so the files can be removed or reopened by another process.</summary>
        public void Close()
        {
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        public static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
        {
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        /// <summary>Every row the command returns, each made into a <typeparamref name="T"/> by <paramref name="read"/>.</summary>
        public static async Task<List<T>> ReadAllAsync<T>(SqliteCommand command, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        {
            var rows = new List<T>();
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }

            return rows;
        }

        /// <summary>True when <paramref name="error"/> is a UNIQUE or PRIMARY KEY violation: the row already exists.</summary>
        public static bool IsDuplicate(SqliteException error) => error.SqliteErrorCode == 19 && (error.SqliteExtendedErrorCode == 1555 || error.SqliteExtendedErrorCode == 2067);
    }
}
