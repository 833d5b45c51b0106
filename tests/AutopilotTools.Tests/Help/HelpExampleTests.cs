using System.Linq;
using Xunit;

namespace AutopilotTools.Tests.Help
{
    /// <summary>
    /// Every example in the help parses. The examples themselves run in real pwsh, as Get-Help shows them, against a
    /// local server: tests/Pester/Help.Tests.ps1.
    /// </summary>
    public sealed class HelpExampleTests
    {
        /// <summary>A parse error names the cmdlet and the example, faster than a failed run would.</summary>
        [Fact]
        public void EveryExampleParses()
        {
            Assert.All(HelpSources.Docs.SelectMany(d => d.Examples.Select(e => (d.Name, e))), pair =>
            {
                System.Management.Automation.Language.Parser.ParseInput(pair.e.Code, out _, out var errors);
                Assert.True(errors.Length == 0, $"{pair.Name} example {pair.e.Number}: {string.Join("; ", errors.Select(x => x.Message))}");
            });
        }
    }
}
