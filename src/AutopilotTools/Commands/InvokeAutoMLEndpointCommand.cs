using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text;
using AutopilotTools.Client.Errors;
using AutopilotTools.Inference;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model.Runtime;
using AutopilotTools.Resources;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Sends rows to a deployed endpoint and writes one prediction per row. Rows come from the pipeline or
    /// -InputObject: hashtables or objects (values in -Column order, else their own order), lists, or CSV lines.
    /// They go in batches (-BatchSize rows, within the 6 MB request limit) as text/csv. -Body sends bytes as they are
    /// with -ContentType; -Raw writes the response bodies instead of predictions. A deployment piped in sets the
    /// endpoint and the response keys it was deployed with.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "AutoMLEndpoint", DefaultParameterSetName = RowsSet)]
    [OutputType(typeof(Prediction), typeof(string))]
    public sealed class InvokeAutoMLEndpointCommand : AutopilotCmdlet
    {
        private const string RowsSet = "Rows";
        private const string BodySet = "Body";

        /// <summary>Stay under SageMaker Runtime's 6 MB request limit with room to spare.</summary>
        private const int MaxBatchBytes = 5 * 1024 * 1024;

        private readonly List<object> _rows = new List<object>();
        private int _rowBytes;

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? EndpointName { get; set; }

        /// <summary>Rows to predict.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ParameterSetName = RowsSet)]
        [AllowNull]
        public object? InputObject { get; set; }

        /// <summary>The feature columns in training order, for rows given as hashtables or objects.</summary>
        [Parameter(ParameterSetName = RowsSet)]
        public string[]? Column { get; set; }

        [Parameter(ParameterSetName = RowsSet)]
        [ValidateRange(1, 100000)]
        public int BatchSize { get; set; } = 100;

        /// <summary>A request body sent as it is.</summary>
        [Parameter(Mandatory = true, ParameterSetName = BodySet)]
        public byte[]? Body { get; set; }

        [Parameter]
        public string ContentType { get; set; } = "text/csv";

        [Parameter]
        public string Accept { get; set; } = "text/csv";

        /// <summary>The keys the endpoint returns per row, in order (set by a piped deployment); predicted_label when absent.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string[]? InferenceResponseKeys { get; set; }

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

            foreach (object row in RowsOf(InputObject))
            {
                Add(row);
            }
        }

        protected override void EndProcessing() => Flush();

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
            _rows.Add(row);
            _rowBytes += Encoding.UTF8.GetByteCount(Line(row));
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
            string body = string.Join("\n", batch.Select(Line)) + "\n";
            Send(Encoding.UTF8.GetBytes(body), batch);
        }

        private void Send(byte[] body, IReadOnlyList<object>? rows)
        {
            var request = new InvokeEndpointInput { EndpointName = EndpointName, Body = body, ContentType = ContentType, Accept = Accept };
            try
            {
                InvokeEndpointOutput output = Await(SageMakerRuntime.InvokeEndpointAsync(request, CancelToken));
                string text = Encoding.UTF8.GetString(output.Body ?? Array.Empty<byte>());
                if (Raw)
                {
                    WriteObject(text);
                    return;
                }

                List<Prediction> predictions = PredictionReader.Read(text, output.ContentType ?? Accept, InferenceResponseKeys);
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

        private string Line(object row) => CsvRow.Format(row is PSObject custom ? PSObjectProperties(custom) : row, Column);

        private static IDictionary PSObjectProperties(PSObject custom)
        {
            var values = new System.Collections.Specialized.OrderedDictionary();
            foreach (PSPropertyInfo property in custom.Properties)
            {
                values[property.Name] = property.Value;
            }

            return values;
        }
    }
}
