using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// Builds a filtered, sorted, keyset-paged SELECT: every listing (jobs, candidates, tags) pages the same way.
    /// Column names come from our code, never from a request; values always travel as parameters.
    /// </summary>
    internal sealed class KeysetQuery
    {
        private readonly List<string> _conditions = new List<string>();
        private readonly List<(string Name, object Value)> _parameters = new List<(string, object)>();

        public KeysetQuery Where(string condition, params (string Name, object Value)[] parameters)
        {
            _conditions.Add(condition);
            _parameters.AddRange(parameters);
            return this;
        }

        /// <summary>Adds the condition that the rows come after <paramref name="after"/> in <paramref name="order"/>.</summary>
        public KeysetQuery After(PageKey? after, SortOrder order)
        {
            if (after == null)
            {
                return this;
            }

            string beyond = order.Descending ? "<" : ">";
            string column = order.Column;
            string name = order.NameColumn;
            if (after.Value == null)
            {
                // Nulls sort first ascending and last descending, as SQLite orders them.
                return order.Descending
                    ? Where($"({column} IS NULL AND {name} {beyond} $after_name)", ("$after_name", after.Name))
                    : Where($"({column} IS NOT NULL OR {name} {beyond} $after_name)", ("$after_name", after.Name));
            }

            string nullsBeyond = order.Descending ? $" OR {column} IS NULL" : string.Empty;
            return Where(
                $"({column} {beyond} $after_value OR ({column} = $after_value AND {name} {beyond} $after_name){nullsBeyond})",
                ("$after_value", after.Value),
                ("$after_name", after.Name));
        }

        /// <summary>
        /// Runs <paramref name="select"/> (a SELECT … FROM) with these conditions in <paramref name="order"/> and returns
        /// one page; when more rows follow, its key is <paramref name="keyOf"/> the page's last row.
        /// </summary>
        public async Task<Page<T>> ReadPageAsync<T>(
            SqliteConnection connection, string select, SortOrder order, int pageSize, Func<SqliteDataReader, T> read, Func<T, PageKey> keyOf, CancellationToken cancellationToken)
        {
            await using SqliteCommand command = connection.CreateCommand();
            Apply(command, select, order, pageSize);
            List<T> rows = await Database.ReadAllAsync(command, read, cancellationToken);
            if (rows.Count <= pageSize)
            {
                return new Page<T>(rows, null);
            }

            rows.RemoveAt(rows.Count - 1);
            return new Page<T>(rows, keyOf(rows[rows.Count - 1]));
        }

        /// <summary>Fills <paramref name="command"/> with the SELECT, asking for one row more than a page to learn whether another follows.</summary>
        private void Apply(SqliteCommand command, string select, SortOrder order, int pageSize)
        {
            var sql = new StringBuilder(select);
            if (_conditions.Count > 0)
            {
                sql.Append(" WHERE ").Append(string.Join(" AND ", _conditions));
            }

            string direction = order.Descending ? "DESC" : "ASC";
            sql.Append($" ORDER BY {order.Column} {direction}");
            if (order.Column != order.NameColumn)
            {
                sql.Append($", {order.NameColumn} {direction}");
            }

            sql.Append(" LIMIT $limit");
            command.CommandText = sql.ToString();
            foreach ((string name, object value) in _parameters.GroupBy(p => p.Name).Select(g => g.First()))
            {
                command.Parameters.AddWithValue(name, value);
            }

            command.Parameters.AddWithValue("$limit", pageSize + 1);
        }
    }
}
