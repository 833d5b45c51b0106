using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Json;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>Candidates in the <c>automl_candidates</c> table.</summary>
    internal sealed class SqliteCandidateStore : ICandidateStore
    {
        private const string Columns = "job_name, candidate_name, status, creation_time, objective_value, document";

        private readonly Database _database;

        public SqliteCandidateStore(Database database) => _database = database;

        public async Task PutAsync(CandidateRecord candidate, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = $"INSERT OR REPLACE INTO automl_candidates ({Columns}) VALUES ($job, $name, $status, $created, $objective, $document)";
            command.Parameters.AddWithValue("$job", candidate.JobName);
            command.Parameters.AddWithValue("$name", candidate.CandidateName);
            command.Parameters.AddWithValue("$status", candidate.Status);
            command.Parameters.AddWithValue("$created", EpochSecondsConverter.ToEpochSeconds(candidate.CreationTime));
            command.Parameters.AddWithValue("$objective", candidate.ObjectiveValue.HasValue ? candidate.ObjectiveValue.Value : DBNull.Value);
            command.Parameters.AddWithValue("$document", candidate.Document);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public async Task<Page<CandidateRecord>> ListAsync(CandidateQuery query, CancellationToken cancellationToken)
        {
            var order = new SortOrder(
                query.SortBy switch
                {
                    CandidateSortBy.Status => "status",
                    CandidateSortBy.FinalObjectiveMetricValue => "objective_value",
                    _ => "creation_time",
                },
                query.Descending,
                "candidate_name");
            KeysetQuery select = new KeysetQuery().Where("job_name = $job", ("$job", query.JobName));
            if (query.StatusEquals != null)
            {
                select.Where("status = $status", ("$status", query.StatusEquals));
            }

            if (query.CandidateNameEquals != null)
            {
                select.Where("candidate_name = $name", ("$name", query.CandidateNameEquals));
            }

            select.After(query.After, order);
            await using SqliteConnection connection = await _database.ConnectAsync(cancellationToken);
            return await select.ReadPageAsync(connection, $"SELECT {Columns} FROM automl_candidates", order, query.PageSize, Read, KeyOf, cancellationToken);

            PageKey KeyOf(CandidateRecord last) => new PageKey(
                query.SortBy switch
                {
                    CandidateSortBy.Status => last.Status,
                    CandidateSortBy.FinalObjectiveMetricValue => last.ObjectiveValue,
                    _ => EpochSecondsConverter.ToEpochSeconds(last.CreationTime),
                },
                last.CandidateName);
        }

        private static CandidateRecord Read(SqliteDataReader reader) => new CandidateRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(2),
            EpochSecondsConverter.FromEpochSeconds(reader.GetDouble(3)),
            reader.IsDBNull(4) ? null : reader.GetDouble(4),
            reader.GetString(5));
    }
}
