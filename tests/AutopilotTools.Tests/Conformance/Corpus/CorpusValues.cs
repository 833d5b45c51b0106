using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>
    /// Values of the CLR types the models use, made from reference shapes alone: the smallest valid value of a
    /// shape (structures with their required members), strings of a chosen length that fit a shape's pattern,
    /// collections of a chosen size, numbers that may or may not fit their CLR type.
    /// </summary>
    internal sealed class CorpusValues
    {
        private const string FreeCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

        /// <summary>The length strings get when any length will do, so that values look like something and rarely collide.</summary>
        private const int PreferredLength = 8;

        private readonly Func<string, ReferenceShape> shapes;
        private readonly Dictionary<string, PatternStrings> patterns = new Dictionary<string, PatternStrings>();

        public CorpusValues(Func<string, ReferenceShape> shapes) => this.shapes = shapes;

        public ReferenceShape Shape(string name) => shapes(name);

        /// <summary>The pattern reader of a string shape, able to make strings up to one past the shape's maximum.</summary>
        public PatternStrings? PatternOf(ReferenceShape shape)
        {
            if (shape.Pattern == null)
            {
                return null;
            }

            if (!patterns.TryGetValue(shape.Name, out PatternStrings? strings))
            {
                strings = new PatternStrings(shape.Pattern, Highest(shape) + 1);
                patterns.Add(shape.Name, strings);
            }

            return strings;
        }

        /// <summary>The longest string the corpus considers for a shape: its maximum, or well past its minimum when it has none.</summary>
        public static int Highest(ReferenceShape shape) => (int)(shape.Max ?? (shape.Min ?? 0) + 64);

        /// <summary>The length nearest <paramref name="target"/> at which the shape has valid strings.</summary>
        public int ValidLength(ReferenceShape shape, int target)
        {
            int low = (int)(shape.Min ?? 0);
            int high = Highest(shape);
            int clamped = Math.Min(Math.Max(target, low), high);
            PatternStrings? pattern = PatternOf(shape);
            return pattern == null
                ? clamped
                : pattern.Nearest(clamped, low, high) ?? throw new InvalidOperationException($"The pattern of {shape.Name} makes no string of {low} to {high} characters.");
        }

        /// <summary>A string of exactly <paramref name="length"/> characters matching the shape's pattern (any letters when it has none).</summary>
        public string PatternString(ReferenceShape shape, int length, int seed) =>
            PatternOf(shape)?.Make(length, seed) ?? FreeString(length, seed);

        public static string FreeString(int length, int seed)
        {
            var random = new Random(seed);
            var text = new StringBuilder(length);
            for (int i = 0; i < length; i++)
            {
                text.Append(FreeCharacters[random.Next(FreeCharacters.Length)]);
            }

            return text.ToString();
        }

        /// <summary>The smallest valid value of <paramref name="shape"/> as the CLR type <paramref name="type"/>.</summary>
        public object Minimal(ReferenceShape shape, Type type, int seed)
        {
            switch (shape.Type)
            {
                case "string":
                    return shape.Enum?[0] ?? PatternString(shape, ValidLength(shape, PreferredLength), seed);
                case "integer":
                case "long":
                case "float":
                case "double":
                    double low = shape.Min ?? 1;
                    double value = shape.Max.HasValue && shape.Min.HasValue && shape.Type is "float" or "double" ? (low + shape.Max.Value) / 2 : low;
                    return Number(value, type) ?? throw new InvalidOperationException($"{shape.Name}: {value} does not fit {type}.");
                case "boolean":
                    return false;
                case "timestamp":
                    return new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
                case "blob":
                    return new byte[] { 1 };
                case "list":
                case "map":
                    return Many(shape, type, (int)(shape.Min ?? 0), seed);
                case "structure":
                    return Structure(shape, type, seed);
                default:
                    throw new NotSupportedException($"The corpus has no values for shape type {shape.Type} ({shape.Name}).");
            }
        }

        /// <summary>A list or map of <paramref name="shape"/> with exactly <paramref name="count"/> valid entries (distinct keys).</summary>
        public object Many(ReferenceShape shape, Type type, int count, int seed)
        {
            object collection = Activator.CreateInstance(type)!;
            if (shape.Type == "list")
            {
                ReferenceShape element = Shape(shape.Member!);
                Type elementType = type.GetGenericArguments()[0];
                for (int i = 0; i < count; i++)
                {
                    ((IList)collection).Add(element.Enum != null ? element.Enum[i % element.Enum.Count] : Minimal(element, elementType, seed + i));
                }

                return collection;
            }

            ReferenceShape value = Shape(shape.Value!);
            Type valueType = type.GetGenericArguments()[1];
            IReadOnlyList<string> keys = DistinctKeys(Shape(shape.Key!), count, seed);
            for (int i = 0; i < count; i++)
            {
                ((IDictionary)collection)[keys[i]] = Minimal(value, valueType, seed + i);
            }

            return collection;
        }

        /// <summary><paramref name="count"/> different valid keys of a map's key shape.</summary>
        public IReadOnlyList<string> DistinctKeys(ReferenceShape key, int count, int seed)
        {
            if (key.Enum != null)
            {
                return key.Enum.Count >= count ? key.Enum.Take(count).ToList() : throw new InvalidOperationException($"{key.Name} has only {key.Enum.Count} values; {count} keys are needed.");
            }

            var keys = new List<string>();
            int length = ValidLength(key, PreferredLength);
            for (int attempt = 0; keys.Count < count; attempt++)
            {
                if (attempt > 50 * (count + 1))
                {
                    throw new InvalidOperationException($"The corpus cannot make {count} different {key.Name} keys of {length} characters.");
                }

                string candidate = PatternString(key, length, seed + attempt);
                if (!keys.Contains(candidate))
                {
                    keys.Add(candidate);
                }
            }

            return keys;
        }

        /// <summary>The number as the CLR type, or null when that type cannot hold it (the typed model cannot express the case).</summary>
        public static object? Number(double value, Type type)
        {
            if (type == typeof(double))
            {
                return value;
            }

            bool whole = Math.Floor(value) == value;
            if (type == typeof(int))
            {
                return whole && value >= int.MinValue && value <= int.MaxValue ? (int)value : (object?)null;
            }

            return type == typeof(long) && whole && value >= long.MinValue && value <= long.MaxValue ? (long)value : (object?)null;
        }

        private object Structure(ReferenceShape shape, Type type, int seed)
        {
            object instance = Activator.CreateInstance(type)!;
            var members = shape.IsUnion ? shape.Members.Take(1) : shape.Members.Where(m => m.Required);
            foreach (var member in members)
            {
                var step = new MemberStep(member.Name, Shape(member.Shape));
                step.Set(instance, Minimal(step.Shape, step.TypeIn(instance), seed + Seeds.Of(member.Name)));
            }

            return instance;
        }
    }
}
