using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using AutopilotTools.Model;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Completes a parameter from a service enum's values. PowerShell 5.1 cannot pass arguments to a completer, so
    /// each enum a parameter uses has a one-line subclass below.
    /// </summary>
    public abstract class ApiEnumCompleter : IArgumentCompleter
    {
        private readonly IReadOnlyList<string> _values;

        protected ApiEnumCompleter(Type enumClass) => _values = ApiEnumValues.Of(enumClass);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            string prefix = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return _values
                .Where(v => v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(v.Contains(" ") ? "'" + v + "'" : v, v, CompletionResultType.ParameterValue, v));
        }
    }

    public sealed class AutoMLJobStatusCompleter : ApiEnumCompleter
    {
        public AutoMLJobStatusCompleter() : base(typeof(AutoMLJobStatus)) { }
    }

    public sealed class AutoMLSortByCompleter : ApiEnumCompleter
    {
        public AutoMLSortByCompleter() : base(typeof(AutoMLSortBy)) { }
    }

    public sealed class AutoMLSortOrderCompleter : ApiEnumCompleter
    {
        public AutoMLSortOrderCompleter() : base(typeof(AutoMLSortOrder)) { }
    }

    public sealed class TransformJobStatusCompleter : ApiEnumCompleter
    {
        public TransformJobStatusCompleter() : base(typeof(TransformJobStatus)) { }
    }

    public sealed class SortByCompleter : ApiEnumCompleter
    {
        public SortByCompleter() : base(typeof(SortBy)) { }
    }

    public sealed class SortOrderCompleter : ApiEnumCompleter
    {
        public SortOrderCompleter() : base(typeof(SortOrder)) { }
    }

    public sealed class CandidateStatusCompleter : ApiEnumCompleter
    {
        public CandidateStatusCompleter() : base(typeof(CandidateStatus)) { }
    }

    public sealed class CandidateSortByCompleter : ApiEnumCompleter
    {
        public CandidateSortByCompleter() : base(typeof(CandidateSortBy)) { }
    }

    public sealed class ProblemTypeConfigNameCompleter : ApiEnumCompleter
    {
        public ProblemTypeConfigNameCompleter() : base(typeof(AutoMLProblemTypeConfigName)) { }
    }

    public sealed class ProblemTypeCompleter : ApiEnumCompleter
    {
        public ProblemTypeCompleter() : base(typeof(ProblemType)) { }
    }

    public sealed class AutoMLModeCompleter : ApiEnumCompleter
    {
        public AutoMLModeCompleter() : base(typeof(AutoMLMode)) { }
    }

    public sealed class AutoMLMetricCompleter : ApiEnumCompleter
    {
        public AutoMLMetricCompleter() : base(typeof(AutoMLMetricEnum)) { }
    }

    public sealed class AutoMLAlgorithmCompleter : ApiEnumCompleter
    {
        public AutoMLAlgorithmCompleter() : base(typeof(AutoMLAlgorithm)) { }
    }

    public sealed class InstanceTypeCompleter : ApiEnumCompleter
    {
        public InstanceTypeCompleter() : base(typeof(ProductionVariantInstanceType)) { }
    }
}
