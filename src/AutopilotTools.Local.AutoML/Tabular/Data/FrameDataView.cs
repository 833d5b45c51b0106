using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>
    /// A <see cref="FeatureFrame"/> as an ML.NET <see cref="IDataView"/>: one column per feature (named
    /// <see cref="FeatureColumn.ViewName"/>; Single or Text), then Label and Weight when present. ML.NET has no public
    /// in-memory view with columns chosen at run time, hence this small one. Cursors check the cancellation token on
    /// every row, which is how a training that streams its data stops part-way.
    /// </summary>
    internal sealed class FrameDataView : IDataView
    {
        private readonly FeatureFrame _frame;
        private readonly CancellationToken _token;
        private readonly Array[] _columns;

        public FrameDataView(FeatureFrame frame, CancellationToken token = default)
        {
            _frame = frame;
            _token = token;
            var builder = new DataViewSchema.Builder();
            var columns = new List<Array>();
            for (int c = 0; c < frame.Columns.Count; c++)
            {
                builder.AddColumn(frame.Columns[c].ViewName, frame.Columns[c].IsNumeric ? NumberDataViewType.Single : TextDataViewType.Instance);
                columns.Add(frame.Column(c));
            }
            if (frame.Label is { } label)
            {
                if (label.Values != null) { builder.AddColumn(LabelData.ColumnName, NumberDataViewType.Single); columns.Add(label.Values); }
                else if (label.Flags != null) { builder.AddColumn(LabelData.ColumnName, BooleanDataViewType.Instance); columns.Add(label.Flags); }
                else { builder.AddColumn(LabelData.ColumnName, new KeyDataViewType(typeof(uint), label.ClassCount)); columns.Add(label.Keys!); }
            }
            if (frame.Weights != null)
            {
                builder.AddColumn(FeatureFrame.WeightColumn, NumberDataViewType.Single);
                columns.Add(frame.Weights);
            }
            Schema = builder.ToSchema();
            _columns = columns.ToArray();
        }

        public bool CanShuffle => false;

        public DataViewSchema Schema { get; }

        public long? GetRowCount() => _frame.RowCount;

        public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
            new Cursor(this, columnsNeeded);

        public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
            new DataViewRowCursor[] { GetRowCursor(columnsNeeded, rand) };

        private sealed class Cursor : DataViewRowCursor
        {
            private readonly FrameDataView _view;
            private readonly bool[] _active;
            private long _position = -1;

            public Cursor(FrameDataView view, IEnumerable<DataViewSchema.Column> columnsNeeded)
            {
                _view = view;
                _active = new bool[view.Schema.Count];
                foreach (var column in columnsNeeded) _active[column.Index] = true;
            }

            public override DataViewSchema Schema => _view.Schema;
            public override long Position => _position;
            public override long Batch => 0;

            public override bool MoveNext()
            {
                _view._token.ThrowIfCancellationRequested();
                if (_position + 1 < _view._frame.RowCount)
                {
                    _position++;
                    return true;
                }
                _position = _view._frame.RowCount;
                return false;
            }

            public override bool IsColumnActive(DataViewSchema.Column column) => _active[column.Index];

            public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column)
            {
                if (!_active[column.Index])
                    throw new InvalidOperationException($"Column '{column.Name}' was not requested by the cursor.");
                Delegate getter = _view._columns[column.Index] switch
                {
                    float[] values => (ValueGetter<float>)((ref float v) => v = values[_position]),
                    bool[] values => (ValueGetter<bool>)((ref bool v) => v = values[_position]),
                    uint[] values => (ValueGetter<uint>)((ref uint v) => v = values[_position]),
                    ReadOnlyMemory<char>[] values => (ValueGetter<ReadOnlyMemory<char>>)((ref ReadOnlyMemory<char> v) => v = values[_position]),
                    _ => throw new InvalidOperationException($"Column '{column.Name}' has no getter."),
                };
                return getter as ValueGetter<TValue>
                    ?? throw new InvalidOperationException($"Column '{column.Name}' is {column.Type}, not {typeof(TValue).Name}.");
            }

            public override ValueGetter<DataViewRowId> GetIdGetter() =>
                (ref DataViewRowId id) => id = new DataViewRowId((ulong)_position, 0);
        }
    }
}
