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
    /// Sends rows to a deployed endpoint and writes one prediction per row. Rows come from the pipeline or
    /// -InputObject: lists, CSV lines, or rows given by name (hashtables, ordered dictionaries, objects), whose values
    /// are put in the model's feature order by name: -Column, else the order a piped deployment learnt from the
    /// training data. Without either, ordered rows go in their own order and a plain hashtable (which has none) is
    /// refused: never an arbitrary order. Rows go in batches (-BatchSize rows, within the 6 MB request limit) as
    /// text/csv. -Body sends bytes as they are with -ContentType; -Raw writes the response bodies instead of
    /// predictions. The response keys come from a piped deployment, -InferenceResponseKey, or the endpoint's model.
    /// -Path sends files (see the Files part): CSV files with a header as rows, images one request each. A forecasting
    /// endpoint (its model says so) takes the rows as history instead, with a header, and writes a forecast per item
    /// and time-step (see the Forecasting part).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "AutoMLEndpoint", DefaultParameterSetName = RowsSet)]
    [OutputType(typeof(Prediction), typeof(Forecast), typeof(string))]
    public sealed partial class InvokeAutoMLEndpointCommand : AutopilotCmdlet
    {
        private const string RowsSet = "Rows";
        private const string PathSet = "Path";
        private const string BodySet = "Body";

        /// <summary>Stay under SageMaker Runtime's 6 MB request limit with room to spare.</summary>
        private const int MaxBatchBytes = 5 * 1024 * 1024;

        private readonly List<(object Input, string Line)> _rows = new List<(object, string)>();
        private readonly Dictionary<string, EndpointModelFacts> _endpointFacts = new Dictionary<string, EndpointModelFacts>(StringComparer.Ordinal);
        private readonly HashSet<string> _toldKeys = new HashSet<string>(StringComparer.Ordinal);
        private int _rowBytes;
        private bool _toldUnused;
        private bool _toldOwnOrder;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? EndpointName { get; set; }

        /// <summary>Rows to predict.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ParameterSetName = RowsSet)]
        [AllowNull]
        public object? InputObject { get; set; }

        /// <summary>
        /// Files to send (wildcards allowed): a CSV file with a header row has its rows sent (as Import-Csv reads
        /// them; for a forecasting endpoint, as history); an image (an image classification endpoint's, or any file not
        /// .csv when the model does not say what it serves) is sent whole, one request per file, its content type from
        /// its extension unless -ContentType is given, and its prediction's Input is its path.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        public string[]? Path { get; set; }

        /// <summary>The feature columns in training order, for rows given by name; a piped deployment sets them (FeatureColumns).</summary>
        [Parameter(ParameterSetName = RowsSet, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("FeatureColumns")]
        public string[]? Column { get; set; }

        /// <summary>Rows per request; for a forecasting endpoint, items per request (when -ItemIdentifierAttributeName names them).</summary>
        [Parameter(ParameterSetName = RowsSet)]
        [Parameter(ParameterSetName = PathSet)]
        [ValidateRange(1, 100000)]
        public int BatchSize { get; set; } = 100;

        /// <summary>For a forecasting endpoint: the item column, so history goes in requests of whole items (-BatchSize items each).</summary>
        [Parameter(ParameterSetName = RowsSet)]
        [Parameter(ParameterSetName = PathSet)]
        [ValidateNotNullOrEmpty]
        public string? ItemIdentifierAttributeName { get; set; }

        /// <summary>A request body sent as it is.</summary>
        [Parameter(Mandatory = true, ParameterSetName = BodySet)]
        public byte[]? Body { get; set; }

        [Parameter]
        public string ContentType { get; set; } = "text/csv";

        [Parameter]
        public string Accept { get; set; } = "text/csv";

        /// <summary>The keys the endpoint returns per row, in order (set by a piped deployment); read from the endpoint's model when absent.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("InferenceResponseKeys")]
        public string[]? InferenceResponseKey { get; set; }

        /// <summary>Write the response bodies as text instead of predictions.</summary>
        [Parameter]
        public SwitchParameter Raw { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == BodySet)
            {
                Send(Body!, null);
                return;
            }

            IEnumerable<object> rows = ParameterSetName == PathSet ? RowsOfFiles(Path!) : RowsOf(InputObject);
            foreach (object row in rows)
            {
                if (IsForecasting())
                {
                    AddHistory(row);
                }
                else
                {
                    Add(row);
                }
            }
        }

        protected override void EndProcessing()
        {
            Flush();
            FlushHistory();
        }

        /// <summary>
        /// An array given to -InputObject whose items are rows (hashtables, objects, lines, lists) is that many rows;
        /// an array of plain values is one row.
        /// </summary>
        private static IEnumerable<object> RowsOf(object? input)
        {
            object? value = input is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : input;
            if (value == null || value is AutoMLDeployment)
            {
                return Array.Empty<object>();
            }

            if (value is IList list && !(value is IDictionary) && list.Count > 0 && list.Cast<object?>().All(IsRow))
            {
                return list.Cast<object?>().Where(item => item != null).Select(item => item is PSObject p && !(p.BaseObject is PSCustomObject) ? p.BaseObject : item!);
            }

            return new[] { value };
        }

        private static bool IsRow(object? item)
        {
            object? value = item is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : item;
            return value is IDictionary || value is string || value is PSObject || (value is IEnumerable && !(value is byte[]));
        }

        private void Add(object row)
        {
            object? sent = Arrange(row);
            if (sent == null)
            {
                return;
            }

            string line = CsvRow.Format(sent, null);
            _rows.Add((sent, line));
            _rowBytes += Encoding.UTF8.GetByteCount(line);
            if (_rows.Count >= BatchSize || _rowBytes >= MaxBatchBytes)
            {
                Flush();
            }
        }

        private void Flush()
        {
            if (_rows.Count == 0)
            {
                return;
            }

            var batch = _rows.ToList();
            _rows.Clear();
            _rowBytes = 0;
            string body = string.Join("\n", batch.Select(row => row.Line)) + "\n";
            Send(Encoding.UTF8.GetBytes(body), batch.Select(row => row.Input).ToList());
        }

        private void Send(byte[] body, IReadOnlyList<object>? rows, string? requestContentType = null)
        {
            var request = new InvokeEndpointInput { EndpointName = EndpointName, Body = body, ContentType = requestContentType ?? ContentType, Accept = Accept };
            try
            {
                InvokeEndpointOutput output = Await(SageMakerRuntime.InvokeEndpointAsync(request, CancelToken));
                string text = Encoding.UTF8.GetString(output.Body ?? Array.Empty<byte>());
                if (Raw)
                {
                    WriteObject(text);
                    return;
                }

                string contentType = output.ContentType ?? Accept;
                IReadOnlyList<string>? keys = InferenceResponseKey ?? (IsJson(contentType) ? null : ResponseKeys());
                List<Prediction> predictions = PredictionReader.Read(text, contentType, keys);
                for (int i = 0; i < predictions.Count; i++)
                {
                    predictions[i].Input = rows != null && i < rows.Count ? rows[i] : null;
                    WriteObject(predictions[i]);
                }
            }
            catch (ModelErrorException e)
            {
                WriteError(ErrorRecords.Create(e, ErrorIds.EndpointModelError, ErrorCategory.InvalidData, EndpointName, EndpointName, e.OriginalStatusCode, e.OriginalMessage ?? e.Message));
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
            {
                WriteError(ErrorRecords.Service("InvokeEndpoint", e, EndpointName));
            }
        }

        /// <summary>
        /// What is sent for a row: lists and lines as they are; a row given by name as its values in the model's
        /// column order, or in its own order when that is unknown and the row has one. Null (error written) when the
        /// row cannot be sent.
        /// </summary>
        private object? Arrange(object row)
        {
            IDictionary? named = row is PSObject custom ? NamedRows.Properties(custom) : row as IDictionary;
            if (named == null)
            {
                return row;
            }

            if (Column != null && Column.Length > 0)
            {
                NamedRow arranged = NamedRow.InOrder(named, Column);
                if (arranged.Missing.Count > 0)
                {
                    var missing = new KeyNotFoundException(string.Join(", ", arranged.Missing));
                    WriteError(ErrorRecords.Create(missing, ErrorIds.InferenceRowMissingColumn, ErrorCategory.InvalidData, row, NamedRows.Shown(named), string.Join(", ", arranged.Missing), EndpointName, string.Join(", ", Column)));
                    return null;
                }

                if (arranged.Unused.Count > 0 && !_toldUnused)
                {
                    _toldUnused = true;
                    WriteVerbose($"Not sent, as they are not feature columns of the model: {string.Join(", ", arranged.Unused)}.");
                }

                return arranged.Values;
            }

            if (!(row is PSObject) && !(row is IOrderedDictionary))
            {
                var unordered = new ArgumentException("A hashtable row has no column order.");
                WriteError(ErrorRecords.Create(unordered, ErrorIds.InferenceRowOrderUnknown, ErrorCategory.InvalidArgument, row, NamedRows.Shown(named), EndpointName));
                return null;
            }

            if (!_toldOwnOrder)
            {
                _toldOwnOrder = true;
                WriteVerbose($"The feature order of endpoint '{EndpointName}' is not known (no -Column, no deployment piped in): rows go in their own order ({string.Join(", ", named.Keys.Cast<object>())}).");
            }

            return named;
        }

        /// <summary>The endpoint's response keys, from its model; predicted_label alone when they cannot be read.</summary>
        private IReadOnlyList<string> ResponseKeys()
        {
            string name = EndpointName!;
            IReadOnlyList<string> keys = Facts(name).ResponseKeys;
            if (_toldKeys.Add(name))
            {
                WriteVerbose($"Endpoint '{name}' returns {(keys.Count == 0 ? "its default (predicted_label)" : string.Join(", ", keys))} per row (its model's {Catalog.ContainerEnvironment.OutputKeys}).");
            }

            return keys;
        }

        /// <summary>What the endpoint's model says of its answers, read once per endpoint; nothing when it cannot be read.</summary>
        private EndpointModelFacts Facts(string name)
        {
            if (!_endpointFacts.TryGetValue(name, out EndpointModelFacts? facts))
            {
                try
                {
                    facts = Await(EndpointModelFacts.ReadAsync(SageMaker, name, CancelToken));
                }
                catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
                {
                    facts = EndpointModelFacts.Unknown;
                    WriteWarning($"The response keys of endpoint '{name}' could not be read from its model ({e.Message}); answers are read as predicted_label alone, row by row. Give -InferenceResponseKey with the keys it was deployed with.");
                }

                _endpointFacts[name] = facts;
            }

            return facts;
        }

        private static bool IsJson(string contentType) => contentType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
