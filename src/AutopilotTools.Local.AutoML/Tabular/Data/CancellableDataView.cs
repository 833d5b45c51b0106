using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AutopilotTools.Local.AutoML.Tabular.Data
{
    /// <summary>
    /// Any <see cref="IDataView"/> whose cursors throw <see cref="OperationCanceledException"/> once the token is
    /// cancelled. ML.NET 5 offers no public way to cancel a <c>Fit</c>; a trainer that passes over its data repeatedly
    /// (SDCA, L-BFGS) or while loading it (LightGBM, FastTree) reads through these cursors and so stops there.
    /// </summary>
    internal sealed class CancellableDataView : IDataView
    {
        private readonly IDataView _inner;
        private readonly CancellationToken _token;

        public CancellableDataView(IDataView inner, CancellationToken token)
        {
            _inner = inner;
            _token = token;
        }

        public bool CanShuffle => _inner.CanShuffle;
        public DataViewSchema Schema => _inner.Schema;
        public long? GetRowCount() => _inner.GetRowCount();

        public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) =>
            new Cursor(_inner.GetRowCursor(columnsNeeded, rand), _token);

        public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) =>
            _inner.GetRowCursorSet(columnsNeeded, n, rand).Select(c => (DataViewRowCursor)new Cursor(c, _token)).ToArray();

        private sealed class Cursor : DataViewRowCursor
        {
            private readonly DataViewRowCursor _inner;
            private readonly CancellationToken _token;

            public Cursor(DataViewRowCursor inner, CancellationToken token)
            {
                _inner = inner;
                _token = token;
            }

            public override DataViewSchema Schema => _inner.Schema;
            public override long Position => _inner.Position;
            public override long Batch => _inner.Batch;
            public override bool IsColumnActive(DataViewSchema.Column column) => _inner.IsColumnActive(column);
            public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) => _inner.GetGetter<TValue>(column);
            public override ValueGetter<DataViewRowId> GetIdGetter() => _inner.GetIdGetter();

            public override bool MoveNext()
            {
                _token.ThrowIfCancellationRequested();
                return _inner.MoveNext();
            }

            protected override void Dispose(bool disposing)
            {
                if (disposing) _inner.Dispose();
                base.Dispose(disposing);
            }
        }
    }
}
