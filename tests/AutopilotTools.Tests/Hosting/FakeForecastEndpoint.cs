using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using AutopilotTools.Inference;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>
    /// An endpoint that answers as the issue's forecasting contract says, for the module's side until the local
    /// engine serves forecasting models: its model's container says AUTOPILOT_PROBLEM_TYPE=TimeSeriesForecasting; it
    /// reads history (CSV with a header, or {"instances": [...]}) and answers, for each item in the order it first
    /// appears, <see cref="Horizon"/> days after its last dated row with the quantiles around its last target
    /// (p50 = last value, a lower quantile one less, a higher one more). It computes from what it was sent, so a lost or reordered row
    /// changes the answer. <see cref="Forget"/> leaves an item out of the answer.
    /// </summary>
    public sealed class FakeForecastEndpoint
    {
        public string ItemColumn { get; set; } = "store";

        public string TimestampColumn { get; set; } = "day";

        public string TargetColumn { get; set; } = "sales";

        public int Horizon { get; set; } = 2;

        public IReadOnlyList<string> Quantiles { get; set; } = new[] { "p10", "p50", "p90" };

        public string? Forget { get; set; }

        /// <summary>The problem type the model's container declares; null declares none (a model that says nothing).</summary>
        public string? ProblemType { get; set; } = "TimeSeriesForecasting";

        public Reply Handle(RecordedRequest request)
        {
            switch (request.Operation)
            {
                case "DescribeEndpoint":
                    return Reply.Json("{\"EndpointName\":\"sales\",\"EndpointArn\":\"arn:aws:sagemaker:eu-west-3:123456789012:endpoint/sales\",\"EndpointConfigName\":\"sales\"," +
                        "\"EndpointStatus\":\"InService\",\"CreationTime\":1700000000,\"LastModifiedTime\":1700000000}");
                case "DescribeEndpointConfig":
                    return Reply.Json("{\"EndpointConfigName\":\"sales\",\"EndpointConfigArn\":\"arn:aws:sagemaker:eu-west-3:123456789012:endpoint-config/sales\"," +
                        "\"ProductionVariants\":[{\"VariantName\":\"AllTraffic\",\"ModelName\":\"sales-model\"}],\"CreationTime\":1700000000}");
                case "DescribeModel":
                    string environment = ProblemType == null ? "{}" : "{\"AUTOPILOT_PROBLEM_TYPE\":\"" + ProblemType + "\"}";
                    return Reply.Json("{\"ModelName\":\"sales-model\",\"ModelArn\":\"arn:aws:sagemaker:eu-west-3:123456789012:model/sales-model\"," +
                        "\"Containers\":[{\"Image\":\"autopilot-local/forecast\",\"ModelDataUrl\":\"s3://b/m.tar.gz\",\"Environment\":" + environment + "}],\"CreationTime\":1700000000}");
                case null:
                    return Forecast(request);
                default:
                    return Reply.Error(400, "UnknownOperationException", request.Operation);
            }
        }

        private Reply Forecast(RecordedRequest request)
        {
            List<Dictionary<string, string>> rows = (request.Header("Content-Type") ?? string.Empty).Contains("json")
                ? JsonRows(request.BodyText)
                : CsvTable.Read(request.BodyText).Select(r => r.Keys.Cast<string>().ToDictionary(k => k, k => (string)r[k]!)).ToList();
            if (rows.Any(r => !r.ContainsKey(ItemColumn)))
            {
                return Reply.Error(424, "ModelError", "Received client error (400) from primary with message \\\"The history has no column " + ItemColumn + ".\\\"");
            }

            var answer = new List<(string Item, string Timestamp, double Last)>();
            foreach (string item in rows.Select(r => r[ItemColumn]).Distinct().Where(i => i != Forget))
            {
                var dated = rows.Where(r => r[ItemColumn] == item && r.TryGetValue(TargetColumn, out string? v) && v.Length > 0).ToList();
                DateTime last = DateTime.Parse(dated.Last()[TimestampColumn], CultureInfo.InvariantCulture);
                double value = double.Parse(dated.Last()[TargetColumn], CultureInfo.InvariantCulture);
                answer.AddRange(Enumerable.Range(1, Horizon).Select(step => (item, last.AddDays(step).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), value)));
            }

            double At(string quantile, double last) => last + System.Math.Sign(int.Parse(quantile.Substring(1), CultureInfo.InvariantCulture) - 50);
            if ((request.Header("Accept") ?? string.Empty).Contains("json"))
            {
                string predictions = string.Join(",", answer.Select(a => $"{{\"{ItemColumn}\":\"{a.Item}\",\"{TimestampColumn}\":\"{a.Timestamp}\"," +
                    string.Join(",", Quantiles.Select(q => $"\"{q}\":{At(q, a.Last).ToString(CultureInfo.InvariantCulture)}")) + "}"));
                return new Reply(200, "{\"predictions\":[" + predictions + "]}", new Dictionary<string, string> { ["Content-Type"] = "application/json" });
            }

            var csv = new StringBuilder($"{ItemColumn},{TimestampColumn},{string.Join(",", Quantiles)}\n");
            foreach (var a in answer)
            {
                csv.Append($"{a.Item},{a.Timestamp},{string.Join(",", Quantiles.Select(q => At(q, a.Last).ToString(CultureInfo.InvariantCulture)))}\n");
            }

            return new Reply(200, csv.ToString(), new Dictionary<string, string> { ["Content-Type"] = "text/csv" });
        }

        private static List<Dictionary<string, string>> JsonRows(string body)
        {
            using JsonDocument document = JsonDocument.Parse(body);
            return document.RootElement.GetProperty("instances").EnumerateArray()
                .Select(row => row.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText()))
                .ToList();
        }
    }
}
