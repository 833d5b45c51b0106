using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using AutopilotTools.Validation;

namespace AutopilotTools.Tests.Conformance.Corpus
{
    /// <summary>
    /// The corpus of a model: every case of the given request shapes, made once. <see cref="Run"/> takes each case
    /// from a fresh valid baseline, sets the one part (creating missing parents with their required members, and
    /// clearing a union's other branches), validates, and compares the verdict with the model's. The validator is a
    /// parameter so that the corpus can be shown to catch a validator that is wrong.
    /// </summary>
    internal sealed class CorpusRunner
    {
        private readonly CorpusValues values;
        private readonly IReadOnlyList<(string Root, CorpusCase Case)> cases;

        private CorpusRunner(CorpusValues values, IReadOnlyList<(string, CorpusCase)> cases)
        {
            this.values = values;
            this.cases = cases;
        }

        public static CorpusRunner For(JsonElement shapes, IEnumerable<string> requestShapes)
        {
            var read = new Dictionary<string, ReferenceShape>();
            var values = new CorpusValues(name => read.TryGetValue(name, out var shape) ? shape : read[name] = ReferenceShape.Read(name, shapes));
            var cases = requestShapes.SelectMany(root => new CorpusCases(values).For(root).Select(c => (root, c))).ToList();
            return new CorpusRunner(values, cases);
        }

        public CorpusReport Run(IReadOnlyDictionary<string, Func<object>> baselines, Func<object, IReadOnlyList<ValidationError>> validate)
        {
            var report = new CorpusReport();
            foreach (var (root, c, request) in Requests(baselines))
            {
                if (request == null)
                {
                    report.Unrepresentable.Add($"{root}: {c}");
                    continue;
                }

                Judge($"{root}: {c}", c, validate(request), report);
            }

            return report;
        }

        /// <summary>Each case as a request: a fresh baseline with the case's value set; null when the typed model cannot hold the value.</summary>
        public IEnumerable<(string Root, CorpusCase Case, object? Request)> Requests(IReadOnlyDictionary<string, Func<object>> baselines)
        {
            foreach (var (root, c) in cases)
            {
                object request = baselines[root]();
                yield return (root, c, Apply(c, request, values.Shape(root), values) ? request : null);
            }
        }

        private static void Judge(string name, CorpusCase c, IReadOnlyList<ValidationError> errors, CorpusReport report)
        {
            if (c.Valid)
            {
                report.Valid++;
                var unexpected = errors.Where(e => e.Rule != ValidationRule.CrossField).ToList();
                if (unexpected.Count > 0)
                {
                    report.Failures.Add($"{name}: refused, but the model allows it: {Describe(unexpected)}");
                }
                else if (errors.Count > 0)
                {
                    string first = errors[0].Message.Length <= 160 ? errors[0].Message : errors[0].Message.Substring(0, 160) + "...";
                    report.RefusedByCrossFieldRules.Add($"{name}: {first}{(errors.Count > 1 ? $" (+{errors.Count - 1} more)" : string.Empty)}");
                }

                return;
            }

            ValidationRule expected = c.Expected!.Value;
            report.InvalidByRule[expected] = report.InvalidByRule.TryGetValue(expected, out int n) ? n + 1 : 1;
            if (!errors.Any(e => e.Path == c.Path && e.Rule == expected))
            {
                report.Failures.Add($"{name}: no {expected} error at {c.Path}; got {(errors.Count == 0 ? "none" : Describe(errors))}");
            }
        }

        /// <summary>Sets the case's value in <paramref name="request"/>; false when the typed model cannot hold it.</summary>
        private static bool Apply(CorpusCase c, object request, ReferenceShape root, CorpusValues values)
        {
            object container = request;
            ReferenceShape containerShape = root;
            for (int i = 0; i < c.Steps.Count - 1; i++)
            {
                Step step = c.Steps[i];
                LeaveOneBranch(container, containerShape, step);
                object? part = step.Get(container);
                if (part == null)
                {
                    part = values.Minimal(step.Shape, step.TypeIn(container), Seeds.Of(c.Path + i));
                    step.Set(container, part);
                }

                container = part;
                containerShape = step.Shape;
            }

            Step last = c.Steps[c.Steps.Count - 1];
            LeaveOneBranch(container, containerShape, last);
            object? value = c.Value(last.TypeIn(container));
            if (ReferenceEquals(value, CorpusCase.Unrepresentable))
            {
                return false;
            }

            last.Set(container, value);
            return true;
        }

        /// <summary>Going into one member of a union clears the others: a union holds exactly one.</summary>
        private static void LeaveOneBranch(object container, ReferenceShape shape, Step step)
        {
            if (!shape.IsUnion || !(step is MemberStep chosen))
            {
                return;
            }

            foreach (var member in shape.Members.Where(m => m.Name != chosen.Name))
            {
                new MemberStep(member.Name, shape).Set(container, null);
            }
        }

        private static string Describe(IEnumerable<ValidationError> errors) => string.Join(" | ", errors.Select(e => $"[{e.Rule}] {e.Message}"));
    }
}
