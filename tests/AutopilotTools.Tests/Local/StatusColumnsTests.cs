using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Json;
using AutopilotTools.Model;
using Microsoft.Data.Sqlite;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// AutoML jobs, transform jobs and endpoints keep the members they are listed by in the columns schema v4 names
    /// (name, arn, status, creation_time, last_modified_time), so a data directory an earlier server wrote reads the
    /// same: the rows here are read and written with SQL of their own, not through the server's stores.
    /// </summary>
    public sealed class StatusColumnsTests
    {
        private static readonly DateTime Created = new DateTime(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc);

        [Fact]
        public async Task EachStatusTableHoldsWhatDescribeShowsInItsV4Columns()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "kept");
            DescribeEndpointOutput endpoint = await Deployments.WaitAsync(sageMaker, "kept");
            await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("queued"));
            DescribeAutoMLJobV2Response job = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = "queued" });
            await sageMaker.CreateTransformJobAsync(TransformJobs.Request("scoring", "kept", "s3://data/score/", "s3://data/scored"));
            DescribeTransformJobResponse transform = await TransformJobs.WaitAsync(sageMaker, "scoring");

            AssertRow(await ReadRowAsync(server, "endpoints", "kept"), endpoint.EndpointArn, endpoint.EndpointStatus, endpoint.CreationTime, endpoint.LastModifiedTime);
            AssertRow(await ReadRowAsync(server, "automl_jobs", "queued"), job.AutoMLJobArn, job.AutoMLJobStatus, job.CreationTime, job.LastModifiedTime);
            AssertRow(await ReadRowAsync(server, "transform_jobs", "scoring"), transform.TransformJobArn, transform.TransformJobStatus, transform.CreationTime, null);
        }

        /// <summary>An endpoint row as an earlier server left it (its state copied from a served one) is described, listed and served after a start.</summary>
        [Fact]
        public async Task AnEndpointRowWrittenElsewhereIsReadAndServedAfterARestart()
        {
            var host = new EchoModelHost();
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, host);
            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "kept");
            string arn = (await Deployments.WaitAsync(sageMaker, "kept")).EndpointArn!.Replace("endpoint/kept", "endpoint/written-elsewhere");
            await ExecuteAsync(
                server,
                "INSERT INTO endpoints (name, arn, status, creation_time, last_modified_time, state) " +
                "SELECT 'written-elsewhere', $arn, $status, $created, $modified, state FROM endpoints WHERE name = 'kept'",
                ("$arn", arn),
                ("$status", EndpointStatus.InService),
                ("$created", EpochSecondsConverter.ToEpochSeconds(Created)),
                ("$modified", EpochSecondsConverter.ToEpochSeconds(Created.AddSeconds(100))));

            await server.RestartAsync();

            Assert.Equal(2, server.Server.RecoveredEndpoints);
            sageMaker = server.SageMaker();
            DescribeEndpointOutput described = await sageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = "written-elsewhere" });
            Assert.Equal((arn, EndpointStatus.InService, "kept"), (described.EndpointArn, described.EndpointStatus, described.EndpointConfigName));
            Assert.Equal((Created, Created.AddSeconds(100)), (described.CreationTime, described.LastModifiedTime));
            ListEndpointsOutput old = await sageMaker.ListEndpointsAsync(new ListEndpointsInput { CreationTimeBefore = Created.AddDays(1) });
            Assert.Equal("written-elsewhere", Assert.Single(old.Endpoints!).EndpointName);
            var answer = await server.Runtime().InvokeEndpointAsync(new Model.Runtime.InvokeEndpointInput { EndpointName = "written-elsewhere", Body = Encoding.UTF8.GetBytes("7\n"), ContentType = "text/csv" });
            Assert.StartsWith("kept|7|", Encoding.UTF8.GetString(answer.Body!));
        }

        private static void AssertRow((string Arn, string Status, double Created, double Modified) row, string? arn, string? status, DateTime? created, DateTime? modified)
        {
            Assert.Equal((arn, status), (row.Arn, row.Status));
            // The API's times have milliseconds; the columns keep what the clock said.
            Assert.Equal(EpochSecondsConverter.ToEpochSeconds(created!.Value), row.Created, 3);
            if (modified.HasValue)
            {
                Assert.Equal(EpochSecondsConverter.ToEpochSeconds(modified.Value), row.Modified, 3);
            }

            Assert.True(row.Modified >= row.Created);
        }

        private static async Task<(string Arn, string Status, double Created, double Modified)> ReadRowAsync(TestLocalServer server, string table, string name)
        {
            await using SqliteConnection connection = await OpenAsync(server);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT arn, status, creation_time, last_modified_time FROM {table} WHERE name = $name";
            command.Parameters.AddWithValue("$name", name);
            await using SqliteDataReader reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), $"No row {name} in {table}.");
            return (reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3));
        }

        private static async Task ExecuteAsync(TestLocalServer server, string sql, params (string Name, object Value)[] parameters)
        {
            await using SqliteConnection connection = await OpenAsync(server);
            await using SqliteCommand command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        private static async Task<SqliteConnection> OpenAsync(TestLocalServer server)
        {
            var connection = new SqliteConnection($"Data Source={Path.Combine(server.DataDirectory, "autopilot.db")};Pooling=False");
            await connection.OpenAsync();
            return connection;
        }
    }
}
