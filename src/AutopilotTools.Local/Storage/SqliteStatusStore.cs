using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// A table of named resources that move through statuses (AutoML jobs, transform jobs): listed by status, name and
    /// time windows, updated one at a time, and all of some statuses at once (what a start after an unclean stop does).
    /// </summary>
    internal abstract class SqliteStatusStore<TRecord> : SqliteNamedStore<TRecord>
        where TRecord : class
    {
        private readonly string _update;

        /// <param name="update">The UPDATE that writes a changed record back (by $name).</param>
        protected SqliteStatusStore(Database database, string table, string columns, string update)
            : base(database, table, columns)
        {
            _update = update;
        }

        public Task<Page<TRecord>> ListAsync(StatusResourceQuery query, CancellationToken cancellationToken) =>
            ListAsync(query.Select(), query.Order, query.PageSize, record => KeyOf(query, record), cancellationToken);

        public Task<TRecord?> UpdateAsync(string name, Func<TRecord, TRecord?> change, CancellationToken cancellationToken) =>
            UpdateAsync(name, change, _update, cancellationToken);

        public async Task<int> UpdateAllAsync(IReadOnlyCollection<string> statuses, Func<TRecord, TRecord> change, CancellationToken cancellationToken)
        {
            await using SqliteConnection connection = await ConnectAsync(cancellationToken);
            await using SqliteTransaction transaction = BeginImmediate(connection);
            List<TRecord> matching;
            string[] names = statuses.Select((_, i) => "$s" + i).ToArray();
            await using (SqliteCommand select = SelectCommand(connection, transaction, $"WHERE status IN ({string.Join(", ", names)})"))
            {
                int index = 0;
                foreach (string status in statuses)
                {
                    select.Parameters.AddWithValue(names[index++], status);
                }

                matching = await ReadAllAsync(select, cancellationToken);
            }

            foreach (TRecord record in matching)
            {
                await WriteAsync(connection, transaction, change(record), _update, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return matching.Count;
        }

        /// <summary>The record's place in the listing's order.</summary>
        protected abstract PageKey KeyOf(StatusResourceQuery query, TRecord record);
    }
}
