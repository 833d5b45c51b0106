using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Training jobs in the <c>training_jobs</c> table.</summary>
    internal sealed class SqliteTrainingJobStore : ITrainingJobStore
    {
        private readonly Database _database;

        public SqliteTrainingJobStore(Database database) => _database = database;

        public async Task PutAsync(TrainingJobRecord trainingJob, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "INSERT OR REPLACE INTO training_jobs (name, job_name, document) VALUES ($name, $job, $document)";
            command.Parameters.AddWithValue("$name", trainingJob.Name);
            command.Parameters.AddWithValue("$job", trainingJob.JobName);
            command.Parameters.AddWithValue("$document", trainingJob.Document);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public async Task<TrainingJobRecord?> GetAsync(string name, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = "SELECT name, job_name, document FROM training_jobs WHERE name = $name";
            command.Parameters.AddWithValue("$name", name);
            await using SqliteDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? new TrainingJobRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2)) : null;
        }
    }
}
