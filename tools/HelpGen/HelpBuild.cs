using System.Xml.Linq;
using AutopilotTools.HelpGen.Docs;
using AutopilotTools.HelpGen.Writing;
using AutopilotTools.HelpGen.Metadata;

namespace AutopilotTools.HelpGen;

/// <summary>What one run found: the MAML when nothing is wrong, else the problems; and the docs as read.</summary>
public sealed record HelpBuildResult(XDocument? Maml, IReadOnlyList<HelpProblem> Problems, IReadOnlyList<CommandDoc> Docs, IReadOnlyList<CmdletShape> Cmdlets);

/// <summary>Reads the cmdlets and their help sources, checks one against the other, and writes MAML if they agree.</summary>
public static class HelpBuild
{
    public static HelpBuildResult Run(string moduleAssembly, string docsDirectory)
    {
        var problems = new List<HelpProblem>();
        IReadOnlyList<CmdletShape> cmdlets = CmdletReader.Read(moduleAssembly);
        IReadOnlyList<CommandDoc> docs = ReadDocs(docsDirectory, problems);
        HelpChecks.Check(cmdlets, docs, docsDirectory, problems);
        XDocument? maml = problems.Count == 0 ? MamlWriter.Write(cmdlets, docs) : null;
        return new HelpBuildResult(maml, problems, docs, cmdlets);
    }

    /// <summary>One file per cmdlet at the top of the folder; shared files live in subfolders and are only included.</summary>
    public static IReadOnlyList<CommandDoc> ReadDocs(string docsDirectory, List<HelpProblem> problems) =>
        Directory.GetFiles(docsDirectory, "*.md")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => CommandDocReader.Read(f, problems))
            .ToList();
}
