using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Linq;
using System.Management.Automation;
using System.Text;
using AutopilotTools.Client.Errors;
using AutopilotTools.Inference;
using AutopilotTools.Infrastructure;
using AutopilotTools.Invoking;
using AutopilotTools.Model.Runtime;
using AutopilotTools.Resources;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Invoke-AutoMLEndpoint on a forecasting endpoint: the rows are history in the training schema (item,
    /// timestamp, target, covariates) and go with a header, whole items per request, in the order given; the answer
    /// (CSV with a header or JSON) becomes one Forecast per item and time-step, in the answer's order, with a
    /// property per quantile. An item the request held and the answer lacks is an error, never silently lost.
    /// </summary>
    public sealed partial class InvokeAutoMLEndpointCommand
    {
        /// <summary>The type name a format view selects forecasts of a quantile set by, e.g. …Forecast#p10-p50-p90.</summary>
        public static string ForecastTypeName(IReadOnlyList<string> quantiles) => typeof(Forecast).FullName + "#" + string.Join("-", quantiles);

        private ForecastHistory? _history;
        private string? _historyEndpoint;

        /// <summary>
        /// Whether the endpoint forecasts, as its model says. Response keys given (a classification deployment's)
        /// say it does not, without asking: forecasting models have none.
        /// </summary>
        private bool IsForecasting() =>
            (InferenceResponseKey == null || InferenceResponseKey.Length == 0) && Facts(EndpointName!).IsForecasting;

        private void AddHistory(object row)
        {
            if (_historyEndpoint != null && _historyEndpoint != EndpointName)
            {
                FlushHistory();
            }

            _historyEndpoint = EndpointName;
            IDictionary? named = row is PSObject custom ? NamedRows.Properties(custom) : row as IDictionary ?? Named(row);
            if (named == null)
            {
                var unnamed = new ArgumentException("A forecasting endpoint reads history rows with a header.");
                WriteError(ErrorRecords.Create(unnamed, ErrorIds.ForecastRowNotNamed, ErrorCategory.InvalidArgument, row, Display.Row(row), EndpointName));
                return;
            }

            (_history ??= new ForecastHistory()).Add(named);
        }

        /// <summary>A list or CSV line named by -Column; null without -Column.</summary>
        private IDictionary? Named(object row)
        {
            if (Column == null || Column.Length == 0)
            {
                return null;
            }

            IList<object?> values = row is string line ? CsvRow.Split(line.TrimEnd('\r', '\n')).Cast<object?>().ToList()
                : row is IEnumerable list ? list.Cast<object?>().ToList()
                : new List<object?> { row };
            var named = new OrderedDictionary(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < Column.Length && i < values.Count; i++)
            {
                named[Column[i]] = values[i];
            }

            return named;
        }

        private void FlushHistory()
        {
            if (_history == null || _history.Count == 0)
            {
                return;
            }

            ForecastHistory history = _history;
            string endpoint = _historyEndpoint!;
            _history = null;
            IReadOnlyList<(string Body, IReadOnlyList<string> Items)> bodies;
            try
            {
                bodies = history.Bodies(ItemIdentifierAttributeName, BatchSize, MaxBatchBytes, IsJson(ContentType));
            }
            catch (ArgumentException e)
            {
                WriteError(ErrorRecords.Create(e, ErrorIds.ForecastRowWithoutItem, ErrorCategory.InvalidData, ItemIdentifierAttributeName, e.Message, endpoint));
                return;
            }

            int bytes = Encoding.UTF8.GetByteCount(bodies[0].Body);
            if (ItemIdentifierAttributeName == null && bytes > MaxBatchBytes)
            {
                var tooLarge = new InvalidOperationException("The history is larger than one request.");
                WriteError(ErrorRecords.Create(tooLarge, ErrorIds.ForecastHistoryTooLarge, ErrorCategory.LimitsExceeded, endpoint, endpoint, bytes, MaxBatchBytes));
                return;
            }

            WriteVerbose($"Endpoint '{endpoint}' forecasts: {history.Count} history rows go with the header {string.Join(",", history.Header)} in {bodies.Count} request(s).");
            foreach ((string body, IReadOnlyList<string> items) in bodies)
            {
                SendHistory(endpoint, body, items, history);
            }
        }

        private void SendHistory(string endpoint, string body, IReadOnlyList<string> items, ForecastHistory history)
        {
            var request = new InvokeEndpointInput { EndpointName = endpoint, Body = Encoding.UTF8.GetBytes(body), ContentType = ContentType, Accept = Accept };
            try
            {
                InvokeEndpointOutput output = Await(SageMakerRuntime.InvokeEndpointAsync(request, CancelToken));
                string text = Encoding.UTF8.GetString(output.Body ?? Array.Empty<byte>());
                if (Raw)
                {
                    WriteObject(text);
                    return;
                }

                List<Forecast> forecasts;
                try
                {
                    forecasts = ForecastReader.Read(text, output.ContentType ?? Accept);
                }
                catch (Exception e) when (e is FormatException || e is System.Text.Json.JsonException)
                {
                    WriteError(ErrorRecords.Create(e, ErrorIds.ForecastAnswerUnreadable, ErrorCategory.InvalidResult, endpoint, endpoint, e.Message));
                    return;
                }

                foreach (Forecast forecast in forecasts)
                {
                    WriteObject(Shown(forecast));
                }

                ReportMissing(endpoint, items, history, forecasts);
            }
            catch (ModelErrorException e)
            {
                WriteError(ErrorRecords.Create(e, ErrorIds.EndpointModelError, ErrorCategory.InvalidData, endpoint, endpoint, e.OriginalStatusCode, e.OriginalMessage ?? e.Message));
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
            {
                WriteError(ErrorRecords.Service("InvokeEndpoint", e, endpoint));
            }
        }

        /// <summary>Every item the request held must be in the answer; the item column is -ItemIdentifierAttributeName, else the answer's first.</summary>
        private void ReportMissing(string endpoint, IReadOnlyList<string> items, ForecastHistory history, List<Forecast> forecasts)
        {
            string? column = ItemIdentifierAttributeName ?? forecasts.FirstOrDefault()?.ItemIdentifierAttributeName;
            IReadOnlyList<string> sent = items.Count > 0 ? items : column == null ? Array.Empty<string>() : history.Items(column);
            var answered = new HashSet<string>(forecasts.Select(f => f.ItemId ?? string.Empty), StringComparer.Ordinal);
            foreach (string item in sent.Where(item => !answered.Contains(item)))
            {
                var missing = new KeyNotFoundException($"No forecast for item '{item}'.");
                WriteError(ErrorRecords.Create(missing, ErrorIds.ForecastItemMissing, ErrorCategory.InvalidResult, item, endpoint, item, column));
            }

            if (forecasts.Count == 0 && sent.Count == 0)
            {
                WriteWarning($"Endpoint '{endpoint}' answered no forecast for the {history.Count} history rows sent.");
            }
        }

        /// <summary>The forecast with each quantile (and grouping column) as a property of its own, for $f.p50 and the format views.</summary>
        private static PSObject Shown(Forecast forecast)
        {
            var shown = new PSObject(forecast);
            foreach (string quantile in forecast.QuantileNames)
            {
                shown.Properties.Add(new PSNoteProperty(quantile, forecast.Quantiles[quantile]));
            }

            foreach (KeyValuePair<string, string> group in forecast.Grouping)
            {
                if (shown.Properties[group.Key] == null)
                {
                    shown.Properties.Add(new PSNoteProperty(group.Key, group.Value));
                }
            }

            shown.TypeNames.Insert(0, ForecastTypeName(forecast.QuantileNames));
            return shown;
        }
    }
}
