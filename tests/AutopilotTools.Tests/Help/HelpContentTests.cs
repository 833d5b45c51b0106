using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.HelpGen.Docs;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Help
{
    /// <summary>
    /// What Get-Help shows in the engine, for every exported cmdlet, read from the help objects: the MAML help (not
    /// the syntax-only help PowerShell makes up when there is none), with the synopsis, a description, every
    /// parameter described, the examples of the help source, the output types and related links.
    /// </summary>
    public sealed class HelpContentTests : IClassFixture<HelpContentTests.Session>
    {
        private const string HelpOf = @"
            $help = Get-Help $args[0] -Full
            $command = Get-Command $args[0]
            [pscustomobject]@{
                Kind        = $help.PSObject.TypeNames[0]
                Synopsis    = [string]$help.Synopsis
                Description = @($help.description | ForEach-Object { ([string]$_.Text).TrimEnd() })
                Parameters  = @($help.parameters.parameter | Where-Object { $_ } | ForEach-Object {
                                  [pscustomobject]@{ Name = [string]$_.name; Text = @($_.description | ForEach-Object { [string]$_.Text }) -join ' ' } })
                Examples    = @($help.examples.example | ForEach-Object { [string]$_.code })
                Outputs     = @($help.returnValues.returnValue | ForEach-Object { [string]$_.type.name })
                Links       = @($help.relatedLinks.navigationLink | ForEach-Object { [string]$_.linkText })
                Expected    = @($command.Parameters.Keys | Where-Object { $_ -notin [System.Management.Automation.Cmdlet]::CommonParameters })
                Declared    = @($command.OutputType | ForEach-Object { if ($_.Name -eq 'System.Void') { 'None' } else { $_.Name } })
            }";

        private readonly Session _session;

        public HelpContentTests(Session session) => _session = session;

        public static IEnumerable<object[]> Cmdlets() => HelpSources.ExportedCmdlets.Select(c => new object[] { c });

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void GetHelpFullShowsTheSynopsisDescriptionParametersExamplesAndOutputs(string cmdlet)
        {
            CommandDoc doc = HelpSources.For(cmdlet);

            PSObject help = _session.Run(HelpOf, cmdlet).Output.Single();

            Assert.StartsWith("MamlCommandHelpInfo", Text(help, "Kind"));
            Assert.Equal(doc.Synopsis, Text(help, "Synopsis"));
            Assert.Equal(doc.Description, Texts(help, "Description"));
            var parameters = ((object[])help.Properties["Parameters"].Value).Cast<PSObject>().ToDictionary(p => Text(p, "Name"), p => Text(p, "Text"));
            Assert.Equal(Texts(help, "Expected").OrderBy(n => n), parameters.Keys.OrderBy(n => n));
            Assert.All(parameters, p => Assert.False(string.IsNullOrWhiteSpace(p.Value), $"-{p.Key} of {cmdlet} has no description in Get-Help."));
            Assert.True(Texts(help, "Examples").Count >= 2, $"{cmdlet} shows fewer than two examples.");
            Assert.Equal(doc.Examples.Select(e => e.Code), Texts(help, "Examples"));
            Assert.NotEmpty(Texts(help, "Outputs"));
            Assert.Equal(Texts(help, "Declared").Distinct().OrderBy(t => t), Texts(help, "Outputs").OrderBy(t => t));
            Assert.NotEmpty(Texts(help, "Links"));
        }

        /// <summary>The rendered view too: what a user reads, each parameter and example titled.</summary>
        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void TheFullViewRendersEveryParameterAndExample(string cmdlet)
        {
            CommandDoc doc = HelpSources.For(cmdlet);

            string text = _session.Run("Get-Help $args[0] -Full | Out-Default", cmdlet).HostText;

            Assert.Contains("SYNOPSIS", text);
            Assert.Contains("SYNTAX", text);
            Assert.Contains(cmdlet + " [", text);
            Assert.All(doc.Parameters, p => Assert.Contains("    -" + p.Name, text));
            Assert.All(doc.Examples, e => Assert.Contains($"Example {e.Number}: {e.Title}", text));
            Assert.Contains("<CommonParameters>", text);
        }

        [Fact]
        public void NoExportedCmdletLacksHelp()
        {
            RunResult result = _session.Run(@"
                foreach ($command in Get-Command -Module AutopilotTools) {
                    [pscustomobject]@{ Name = $command.Name; Kind = (Get-Help $command.Name).PSObject.TypeNames[0] }
                }");

            var kinds = result.Output.ToDictionary(o => Text(o, "Name"), o => Text(o, "Kind"));
            Assert.Equal(HelpSources.ExportedCmdlets.OrderBy(n => n), kinds.Keys.OrderBy(n => n));
            Assert.All(kinds, k => Assert.True(k.Value.StartsWith("MamlCommandHelpInfo", StringComparison.Ordinal), $"{k.Key} has no MAML help ({k.Value})."));
        }

        [Fact]
        public void TheAboutTopicExplainsTheConcepts()
        {
            RunResult result = _session.Run("Get-Help about_AutopilotTools");

            string text = string.Join("\n", result.Output.Select(o => o.ToString()));
            Assert.Contains("about_AutopilotTools", text);
            foreach (string section in new[] { "CREDENTIALS AND ENDPOINTS", "THE LOCAL SERVER", "SPLATTING REQUESTS FROM BOTO3 AND CLI DOCUMENTS", "WAITING", "DEPLOYING", "TESTING RUNBOOKS" })
            {
                Assert.Contains(section, text);
            }

            Assert.Contains("Start-AutoMLLocalServer", text);
        }

        private static string Text(PSObject o, string property) => o.Properties[property].Value?.ToString() ?? string.Empty;

        private static IReadOnlyList<string> Texts(PSObject o, string property) =>
            ((object[])o.Properties[property].Value).Select(v => v?.ToString() ?? string.Empty).ToList();

        /// <summary>One session for every Get-Help: reading help changes nothing.</summary>
        public sealed class Session : IDisposable
        {
            private readonly PowerShellSession _session = new PowerShellSession();

            public RunResult Run(string script, params object[] args)
            {
                lock (_session)
                {
                    return _session.RunScript(script, args).ThrowIfErrors();
                }
            }

            public void Dispose() => _session.Dispose();
        }
    }
}
