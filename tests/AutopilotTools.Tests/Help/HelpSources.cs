using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using AutopilotTools.HelpGen;
using AutopilotTools.HelpGen.Docs;
using AutopilotTools.Tests.Hosting;

namespace AutopilotTools.Tests.Help
{
    /// <summary>
    /// The help sources (docs/en-US/*.md) as HelpGen reads them, and the cmdlets the manifest exports: what the help
    /// tests compare Get-Help with, and where the example runner finds its examples.
    /// </summary>
    internal static class HelpSources
    {
        private static readonly Lazy<IReadOnlyList<CommandDoc>> Read = new Lazy<IReadOnlyList<CommandDoc>>(() => HelpBuild.ReadDocs(Directory, new List<HelpProblem>()));

        public static string Directory => Path.Combine(RepoPaths.Root, "docs", "en-US");

        public static IReadOnlyList<CommandDoc> Docs => Read.Value;

        public static CommandDoc For(string cmdlet) => Docs.Single(d => d.Name == cmdlet);

        public static ExampleDoc Example(string cmdlet, int number) => For(cmdlet).Examples.Single(e => e.Number == number);

        /// <summary>CmdletsToExport of the source manifest, read without an engine so that theories can list them.</summary>
        public static IReadOnlyList<string> ExportedCmdlets { get; } = ReadExports();

        private static IReadOnlyList<string> ReadExports()
        {
            string manifest = File.ReadAllText(Path.Combine(RepoPaths.Root, "AutopilotTools.psd1"));
            Match list = Regex.Match(manifest, @"CmdletsToExport\s*=\s*@\((?<names>[^)]*)\)");
            return Regex.Matches(list.Groups["names"].Value, @"'(?<name>[A-Za-z]+-[A-Za-z0-9]+)'").Select(m => m.Groups["name"].Value).ToList();
        }
    }
}
