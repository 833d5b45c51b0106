using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AutopilotTools.Validation;

namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>
    /// Every case the reference model implies for a request shape: for each member reachable from it (through
    /// structures, both branches of every union, list elements, map keys and values), the boundaries its own shape
    /// states — required, length, pattern, enum values, numeric range, list or map size — as valid and invalid
    /// values. Nothing here names a member: the model is the only list.
    /// </summary>
    internal sealed class CorpusCases
    {
        private readonly CorpusValues values;

        public CorpusCases(CorpusValues values) => this.values = values;

        public IEnumerable<CorpusCase> For(string requestShape) =>
            Structure(values.Shape(requestShape), new List<Step>(), new HashSet<string> { requestShape });

        private IEnumerable<CorpusCase> Structure(ReferenceShape shape, List<Step> steps, HashSet<string> onPath)
        {
            foreach (var (name, shapeName, required) in shape.Members)
            {
                var memberSteps = With(steps, new MemberStep(name, values.Shape(shapeName)));
                if (required)
                {
                    yield return new CorpusCase(memberSteps, "left out (required)", _ => null, ValidationRule.Required);
                }

                foreach (CorpusCase c in Value(memberSteps, onPath))
                {
                    yield return c;
                }
            }
        }

        /// <summary>The cases of the part the steps reach, and of everything inside it.</summary>
        private IEnumerable<CorpusCase> Value(List<Step> steps, HashSet<string> onPath)
        {
            ReferenceShape shape = steps[steps.Count - 1].Shape;
            switch (shape.Type)
            {
                case "string":
                    return Strings(steps, shape);
                case "integer":
                case "long":
                case "float":
                case "double":
                    return Numbers(steps, shape);
                case "list":
                    return Counts(steps, shape).Concat(Value(With(steps, new ElementStep(values.Shape(shape.Member!))), onPath));
                case "map":
                    ReferenceShape key = values.Shape(shape.Key!);
                    ReferenceShape value = values.Shape(shape.Value!);
                    string validKey = values.DistinctKeys(key, 1, Seeds.Of(shape.Name))[0];
                    return Counts(steps, shape)
                        .Concat(MapKeys(steps, key, value))
                        .Concat(Value(With(steps, new EntryStep(validKey, value)), onPath));
                case "structure":
                    return onPath.Contains(shape.Name)
                        ? Enumerable.Empty<CorpusCase>()
                        : Structure(shape, steps, new HashSet<string>(onPath) { shape.Name });
                default:
                    return Enumerable.Empty<CorpusCase>();
            }
        }

        private IEnumerable<CorpusCase> Strings(List<Step> steps, ReferenceShape shape) =>
            StringValues(shape, Seeds.Of(string.Join("/", steps.Select(s => s.Path(string.Empty)))))
                .Select(v => new CorpusCase(steps, v.What, _ => v.Text, v.Expected));

        /// <summary>Map keys are strings too: each key value becomes the map's one entry, with a valid value.</summary>
        private IEnumerable<CorpusCase> MapKeys(List<Step> mapSteps, ReferenceShape key, ReferenceShape value) =>
            StringValues(key, Seeds.Of(key.Name))
                .Select(v => new CorpusCase(With(mapSteps, new KeyStep(v.Text, key, value)), "key " + v.What, type => values.Minimal(value, type, 0), v.Expected));

        /// <summary>The valid and invalid strings of a string shape, from its enum or its length bounds and pattern.</summary>
        private IEnumerable<(string Text, string What, ValidationRule? Expected)> StringValues(ReferenceShape shape, int seed)
        {
            if (shape.Enum != null)
            {
                foreach (string member in shape.Enum)
                {
                    yield return (member, $"enum value '{member}'", null);
                }

                foreach (string other in new[] { "NotA" + shape.Name, Flip(shape.Enum[0]) }.Distinct().Where(o => !shape.Enum.Contains(o)))
                {
                    yield return (other, $"'{other}' (not an enum value)", ValidationRule.Enum);
                }

                yield break;
            }

            int min = (int)(shape.Min ?? 0);
            int? max = shape.Max.HasValue ? (int)shape.Max.Value : (int?)null;
            PatternStrings? pattern = values.PatternOf(shape);

            var validLengths = new SortedSet<int> { values.ValidLength(shape, min) };
            if (max.HasValue)
            {
                validLengths.Add(values.ValidLength(shape, max.Value));
            }

            foreach (int length in validLengths)
            {
                yield return (values.PatternString(shape, length, seed), $"length {length} (min {min}, max {Describe(max)})", null);
            }

            if (min > 0)
            {
                yield return (Sized(pattern, min - 1, seed), $"length {min - 1} (min {min} - 1)", ValidationRule.Length);
            }

            if (max.HasValue)
            {
                yield return (Sized(pattern, max.Value + 1, seed), $"length {max + 1} (max {max} + 1)", ValidationRule.Length);
            }

            if (pattern != null)
            {
                string matching = values.PatternString(shape, values.ValidLength(shape, Math.Max(min, 8)), seed);
                string broken = pattern.Break(matching)
                    ?? throw new InvalidOperationException($"No one-character change breaks '{matching}' for {shape.Name}'s pattern {shape.Pattern}.");
                yield return (broken, $"'{Escape(broken)}' (breaks the pattern {shape.Pattern})", ValidationRule.Pattern);
            }
        }

        private IEnumerable<CorpusCase> Numbers(List<Step> steps, ReferenceShape shape)
        {
            double step = shape.Type is "integer" or "long" ? 1 : 0.01;
            if (shape.Min.HasValue)
            {
                yield return NumberCase(steps, shape.Min.Value, $"min {Format(shape.Min.Value)}", null);
                yield return NumberCase(steps, shape.Min.Value - step, $"min {Format(shape.Min.Value)} - {Format(step)}", ValidationRule.Range);
            }

            if (shape.Max.HasValue)
            {
                yield return NumberCase(steps, shape.Max.Value, $"max {Format(shape.Max.Value)}", null);
                yield return NumberCase(steps, shape.Max.Value + step, $"max {Format(shape.Max.Value)} + {Format(step)}", ValidationRule.Range);
            }
        }

        private static CorpusCase NumberCase(List<Step> steps, double number, string what, ValidationRule? expected) =>
            new CorpusCase(steps, $"{Format(number)} ({what})", type => CorpusValues.Number(number, type) ?? CorpusCase.Unrepresentable, expected);

        private IEnumerable<CorpusCase> Counts(List<Step> steps, ReferenceShape shape)
        {
            int min = (int)(shape.Min ?? 0);
            int? max = shape.Max.HasValue ? (int)shape.Max.Value : (int?)null;
            int seed = Seeds.Of(shape.Name);
            CorpusCase Count(int count, string what, ValidationRule? expected) =>
                new CorpusCase(steps, $"{count} entries ({what})", type => values.Many(shape, type, count, seed), expected);

            yield return Count(min, $"min {min}", null);
            if (min > 0)
            {
                yield return Count(min - 1, $"min {min} - 1", ValidationRule.Count);
            }

            if (max.HasValue)
            {
                yield return Count(max.Value, $"max {max}", null);
                yield return Count(max.Value + 1, $"max {max} + 1", ValidationRule.Count);
            }
        }

        /// <summary>A string of the given length, matching the pattern when the pattern allows that length, so that only the length is wrong.</summary>
        private static string Sized(PatternStrings? pattern, int length, int seed) =>
            pattern != null && pattern.CanMake(length) ? pattern.Make(length, seed) : CorpusValues.FreeString(length, seed);

        private static List<Step> With(List<Step> steps, Step next) => new List<Step>(steps) { next };

        private static string Flip(string text) => new string(text.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray());

        private static string Describe(int? max) => max.HasValue ? max.Value.ToString(CultureInfo.InvariantCulture) : "none";

        private static string Format(double number) => number.ToString("0.##", CultureInfo.InvariantCulture);

        private static string Escape(string text) => text.Replace("\r", "\\r").Replace("\n", "\\n");
    }
}
