using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit.Sdk;

namespace AutopilotTools.Tests.Help
{
    /// <summary>
    /// The help examples marked <c>&lt;!-- runs-after: ... --&gt;</c> with exactly these needs, as theory rows. While the
    /// local server lacks one of them, every row is reported as skipped, with the reason (the Skip of a data
    /// attribute applies to its rows); once the server can, they run like the others.
    /// </summary>
    [DataDiscoverer("Xunit.Sdk.DataDiscoverer", "xunit.core")]
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public sealed class DeferredExampleDataAttribute : DataAttribute
    {
        private readonly string[] _needs;

        public DeferredExampleDataAttribute(params string[] needs)
        {
            _needs = needs;
            if (Rows().Any())
            {
                Skip = LocalServerCapabilities.WhyNot(needs);
            }
        }

        /// <summary>The capabilities these rows wait for.</summary>
        public IReadOnlyList<string> Needs => _needs;

        public override IEnumerable<object[]> GetData(MethodInfo testMethod) => Rows();

        private IEnumerable<object[]> Rows() =>
            HelpSources.Docs.SelectMany(d => d.Examples)
                .Where(e => e.RunsAfter.OrderBy(n => n, StringComparer.Ordinal).SequenceEqual(_needs.OrderBy(n => n, StringComparer.Ordinal)))
                .Select(e => new object[] { HelpSources.Docs.Single(d => d.Examples.Contains(e)).Name, e.Number, string.Join(", ", e.RunsAfter) });
    }
}
