using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

namespace AutopilotTools.Model
{
    /// <summary>
    /// The shape rules by name, each made by <c>create</c> the first time it is looked up and kept; enumerating the
    /// table makes them all.
    /// </summary>
    internal sealed class ShapeTable : IReadOnlyDictionary<string, ShapeRule>
    {
        private readonly string[] names;
        private readonly Func<string, ShapeRule?> create;
        private readonly ConcurrentDictionary<string, ShapeRule> made = new ConcurrentDictionary<string, ShapeRule>(StringComparer.Ordinal);

        public ShapeTable(string[] names, Func<string, ShapeRule?> create)
        {
            this.names = names;
            this.create = create;
        }

        public int Count => names.Length;

        public IEnumerable<string> Keys => names;

        public IEnumerable<ShapeRule> Values => names.Select(name => this[name]);

        public ShapeRule this[string key] => TryGetValue(key, out ShapeRule? rule)
            ? rule
            : throw new KeyNotFoundException($"The service model has no shape called '{key}'.");

        public bool ContainsKey(string key) => TryGetValue(key, out _);

        public bool TryGetValue(string key, out ShapeRule value)
        {
            if (key == null)
            {
                throw new ArgumentNullException(nameof(key));
            }

            if (made.TryGetValue(key, out value!))
            {
                return true;
            }

            ShapeRule? rule = create(key);
            if (rule == null)
            {
                return false;
            }

            value = made.GetOrAdd(key, rule);
            return true;
        }

        public IEnumerator<KeyValuePair<string, ShapeRule>> GetEnumerator() =>
            names.Select(name => new KeyValuePair<string, ShapeRule>(name, this[name])).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
