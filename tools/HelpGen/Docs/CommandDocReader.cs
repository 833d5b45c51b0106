using System.Text.RegularExpressions;

namespace AutopilotTools.HelpGen.Docs;

/// <summary>
/// Reads one cmdlet's markdown file in the platyPS layout: # Name, then ## SYNOPSIS, DESCRIPTION, EXAMPLES (### Example
/// N: title, one powershell block, remarks), PARAMETERS (### -Name and its description, or an include of a shared
/// file), INPUTS and OUTPUTS (### type), NOTES and RELATED LINKS. SYNTAX is not written by hand: it is generated from
/// the cmdlet. Anything out of place is a problem, reported with its line; the rest is still read.
/// </summary>
public static class CommandDocReader
{
    private const string Synopsis = "SYNOPSIS";
    private const string Syntax = "SYNTAX";
    private const string Description = "DESCRIPTION";
    private const string Examples = "EXAMPLES";
    private const string ParametersSection = "PARAMETERS";
    private const string Inputs = "INPUTS";
    private const string Outputs = "OUTPUTS";
    private const string Notes = "NOTES";
    private const string RelatedLinks = "RELATED LINKS";

    private static readonly string[] Known = { Synopsis, Syntax, Description, Examples, ParametersSection, Inputs, Outputs, Notes, RelatedLinks };
    private static readonly string[] Required = { Synopsis, Description, Examples, ParametersSection, Inputs, Outputs, RelatedLinks };

    private static readonly Regex ExampleHeading = new(@"^Example (?<number>\d+)\s*(:\s*(?<title>.*))?$");
    private static readonly Regex ParameterHeading = new(@"^-(?<name>[A-Za-z][A-Za-z0-9_]*)$");
    private static readonly Regex IncludeMarker = new(@"^include:\s*(?<path>\S+)$");
    private static readonly Regex LinkLine = new(@"^\s*(?:[-*]\s+)?\[(?<text>[^\]]+)\]\((?<uri>[^)\s]*)\)\s*$");

    public static CommandDoc Read(string path, List<HelpProblem> problems)
    {
        var doc = new CommandDoc(Path.GetFileNameWithoutExtension(path), path);
        IReadOnlyList<Block> blocks = MarkdownBlocks.Read(path, File.ReadAllText(path));
        Dictionary<string, Section> sections = SplitSections(doc, blocks, problems);

        foreach (string required in Required.Where(r => !sections.ContainsKey(r)))
        {
            problems.Add(new HelpProblem(ProblemCodes.MissingContent, $"{doc.Name} has no ## {required} section.", new SourceLine(path, 1)));
        }

        if (sections.TryGetValue(Syntax, out Section? syntax) && syntax.Blocks.Any(IsContent))
        {
            problems.Add(new HelpProblem(ProblemCodes.Layout, "## SYNTAX is generated from the cmdlet's parameter sets; leave the section out (or empty).", syntax.Heading.Source));
        }

        if (sections.TryGetValue(Synopsis, out Section? synopsis))
        {
            ReadSynopsis(doc, synopsis, problems);
        }

        if (sections.TryGetValue(Description, out Section? description))
        {
            doc.Description = Paragraphs.Of(description.Blocks);
            RequireText(doc.Description, description, problems);
        }

        if (sections.TryGetValue(Examples, out Section? examples))
        {
            ReadExamples(doc, examples, problems);
        }

        if (sections.TryGetValue(ParametersSection, out Section? parameters))
        {
            ReadParameters(doc.Parameters, path, parameters.Blocks, problems, allowIncludes: true);
        }

        if (sections.TryGetValue(Inputs, out Section? inputs))
        {
            ReadTypes(doc.Inputs, inputs, problems);
        }

        if (sections.TryGetValue(Outputs, out Section? outputs))
        {
            ReadTypes(doc.Outputs, outputs, problems);
        }

        if (sections.TryGetValue(Notes, out Section? notes))
        {
            doc.Notes = Paragraphs.Of(notes.Blocks);
        }

        if (sections.TryGetValue(RelatedLinks, out Section? links))
        {
            ReadLinks(doc, links, problems);
        }

        return doc;
    }

    private static Dictionary<string, Section> SplitSections(CommandDoc doc, IReadOnlyList<Block> blocks, List<HelpProblem> problems)
    {
        var sections = new Dictionary<string, Section>(StringComparer.Ordinal);
        Section? current = null;
        bool named = false;
        foreach (Block block in blocks)
        {
            switch (block)
            {
                case Heading { Level: 1 } title:
                    if (named || title.Text != doc.Name)
                    {
                        problems.Add(new HelpProblem(ProblemCodes.Layout, $"The file must have one # heading, the cmdlet's name '{doc.Name}' (its file name), not '# {title.Text}'.", title.Source));
                    }

                    named = true;
                    break;
                case Heading { Level: 2 } heading:
                    string name = heading.Text.Trim().ToUpperInvariant();
                    if (!Known.Contains(name))
                    {
                        problems.Add(new HelpProblem(ProblemCodes.Layout, $"Unknown section '## {heading.Text}'; the sections are {string.Join(", ", Known)}.", heading.Source));
                        current = null;
                    }
                    else if (sections.ContainsKey(name))
                    {
                        problems.Add(new HelpProblem(ProblemCodes.Layout, $"## {name} appears twice.", heading.Source));
                        current = null;
                    }
                    else
                    {
                        current = new Section(heading);
                        sections.Add(name, current);
                        doc.Sections.Add(name, heading.Source);
                    }

                    break;
                default:
                    if (current != null)
                    {
                        current.Blocks.Add(block);
                    }
                    else if (IsContent(block))
                    {
                        problems.Add(new HelpProblem(ProblemCodes.Layout, "Text outside any ## section is not part of the help; move it into a section.", block.Source));
                    }

                    break;
            }
        }

        if (!named)
        {
            problems.Add(new HelpProblem(ProblemCodes.Layout, $"The file has no '# {doc.Name}' heading.", new SourceLine(doc.File, 1)));
        }

        return sections;
    }

    private static void ReadSynopsis(CommandDoc doc, Section section, List<HelpProblem> problems)
    {
        IReadOnlyList<string> paragraphs = Paragraphs.Of(section.Blocks);
        if (paragraphs.Count > 1)
        {
            problems.Add(new HelpProblem(ProblemCodes.Layout, "The synopsis is one paragraph: one or two sentences that say what the cmdlet does.", section.Heading.Source));
        }

        doc.Synopsis = string.Join(" ", paragraphs);
        RequireText(paragraphs, section, problems);
    }

    private static void ReadExamples(CommandDoc doc, Section section, List<HelpProblem> problems)
    {
        foreach ((Heading? heading, List<Block> blocks) in Entries(section, problems))
        {
            Match match = ExampleHeading.Match(heading.Text.Trim());
            string title = match.Groups["title"].Value.Trim();
            if (!match.Success || title.Length == 0)
            {
                problems.Add(new HelpProblem(ProblemCodes.Layout, $"An example's heading is '### Example N: what it shows', not '### {heading.Text}'.", heading.Source));
                continue;
            }

            int number = int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (number != doc.Examples.Count + 1)
            {
                problems.Add(new HelpProblem(ProblemCodes.Layout, $"Examples are numbered from 1 in order; this one should be Example {doc.Examples.Count + 1}.", heading.Source));
            }

            var code = blocks.OfType<Fence>().Where(f => string.Equals(f.Info, "powershell", StringComparison.OrdinalIgnoreCase)).ToList();
            if (code.Count != 1 || code[0].Content.Trim().Length == 0)
            {
                problems.Add(new HelpProblem(ProblemCodes.Layout, $"Example {number} needs exactly one non-empty ```powershell block (it has {code.Count}); put output in a ```text block.", heading.Source));
                continue;
            }

            IReadOnlyList<string> remarks = Paragraphs.Of(blocks.Where(b => b != code[0]));
            string shown = string.Join("\n", blocks.OfType<Fence>().Where(f => f.Info is "text" or "output").Select(f => f.Content));
            doc.Examples.Add(new ExampleDoc(doc.Examples.Count + 1, title, code[0].Content, remarks, shown, heading.Source));
        }
    }

    /// <summary>
    /// ### -Name entries, and include markers (<c>&lt;!-- include: shared/X.md --&gt;</c>) that bring in a shared file's
    /// entries at that place. ### CommonParameters is PowerShell's own and is skipped: Get-Help adds it.
    /// </summary>
    private static void ReadParameters(List<ParameterDoc> parameters, string file, List<Block> blocks, List<HelpProblem> problems, bool allowIncludes)
    {
        string? current = null;
        SourceLine? currentSource = null;
        var description = new List<Block>();

        void Flush()
        {
            if (current == null)
            {
                return;
            }

            IReadOnlyList<string> text = Paragraphs.Of(description);
            if (text.Count == 0)
            {
                problems.Add(new HelpProblem(ProblemCodes.MissingContent, $"-{current} has no description.", currentSource));
            }

            if (parameters.Any(p => string.Equals(p.Name, current, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new HelpProblem(ProblemCodes.Layout, $"-{current} is documented twice.", currentSource));
            }
            else
            {
                parameters.Add(new ParameterDoc(current, text, currentSource!));
            }

            current = null;
            description.Clear();
        }

        bool common = false;
        foreach (Block block in blocks)
        {
            switch (block)
            {
                case Heading { Level: 3 } heading:
                    Flush();
                    common = heading.Text.Trim() == "CommonParameters";
                    Match match = ParameterHeading.Match(heading.Text.Trim());
                    if (match.Success)
                    {
                        current = match.Groups["name"].Value;
                        currentSource = heading.Source;
                    }
                    else if (!common)
                    {
                        problems.Add(new HelpProblem(ProblemCodes.Layout, $"A parameter's heading is '### -Name', not '### {heading.Text}'.", heading.Source));
                    }

                    break;
                case Heading heading:
                    problems.Add(new HelpProblem(ProblemCodes.Layout, $"Unexpected heading '{heading.Text}' among the parameters.", heading.Source));
                    break;
                case Comment comment when IncludeMarker.Match(comment.Text) is { Success: true } include:
                    Flush();
                    common = false;
                    if (allowIncludes)
                    {
                        Include(parameters, file, include.Groups["path"].Value, comment.Source, problems);
                    }
                    else
                    {
                        problems.Add(new HelpProblem(ProblemCodes.Layout, "A shared file cannot include another.", comment.Source));
                    }

                    break;
                case Fence { Info: var info } fence when info.StartsWith("yaml", StringComparison.OrdinalIgnoreCase):
                    problems.Add(new HelpProblem(ProblemCodes.Layout, "A parameter's type, sets, position, pipeline input and aliases come from the cmdlet itself; remove the yaml block.", fence.Source));
                    break;
                default:
                    if (current != null)
                    {
                        description.Add(block);
                    }
                    else if (!common && allowIncludes && IsContent(block))
                    {
                        problems.Add(new HelpProblem(ProblemCodes.Layout, "Text in PARAMETERS that belongs to no '### -Name'.", block.Source));
                    }

                    break;
            }
        }

        Flush();
    }

    /// <summary>A shared file is ### -Name entries; what precedes the first is a note for maintainers and is skipped.</summary>
    private static void Include(List<ParameterDoc> parameters, string file, string relative, SourceLine source, List<HelpProblem> problems)
    {
        string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, relative));
        if (!File.Exists(path))
        {
            problems.Add(new HelpProblem(ProblemCodes.Layout, $"The included file {relative} does not exist ({path}).", source));
            return;
        }

        List<Block> blocks = MarkdownBlocks.Read(path, File.ReadAllText(path))
            .SkipWhile(b => !(b is Heading { Level: 3 }))
            .ToList();
        ReadParameters(parameters, path, blocks, problems, allowIncludes: false);
    }

    private static void ReadTypes(List<TypeDoc> types, Section section, List<HelpProblem> problems)
    {
        foreach ((Heading? heading, List<Block> blocks) in Entries(section, problems))
        {
            string name = heading.Text.Trim();
            IReadOnlyList<string> description = Paragraphs.Of(blocks);
            if (description.Count == 0 && name != "None")
            {
                problems.Add(new HelpProblem(ProblemCodes.MissingContent, $"{name} under ## {section.Heading.Text} has no description.", heading.Source));
            }

            types.Add(new TypeDoc(name, description, heading.Source));
        }

        if (types.Count == 0)
        {
            problems.Add(new HelpProblem(ProblemCodes.MissingContent, $"## {section.Heading.Text} names no type (### TypeName, or ### None).", section.Heading.Source));
        }
    }

    private static void ReadLinks(CommandDoc doc, Section section, List<HelpProblem> problems)
    {
        foreach (TextLine line in section.Blocks.OfType<TextLine>().Where(l => !l.IsBlank))
        {
            Match link = LinkLine.Match(line.Text);
            if (link.Success)
            {
                doc.RelatedLinks.Add(new LinkDoc(link.Groups["text"].Value.Trim(), link.Groups["uri"].Value));
            }
            else
            {
                problems.Add(new HelpProblem(ProblemCodes.Layout, "A related link is one line, [text](uri); the uri is empty for a cmdlet or about topic.", line.Source));
            }
        }

        if (doc.RelatedLinks.Count == 0)
        {
            problems.Add(new HelpProblem(ProblemCodes.MissingContent, "## RELATED LINKS has no link.", section.Heading.Source));
        }
    }

    /// <summary>The ### entries of a section; prose before the first one is a mistake.</summary>
    private static IEnumerable<(Heading Heading, List<Block> Blocks)> Entries(Section section, List<HelpProblem> problems)
    {
        Heading? heading = null;
        var blocks = new List<Block>();
        foreach (Block block in section.Blocks)
        {
            if (block is Heading { Level: 3 } next)
            {
                if (heading != null)
                {
                    yield return (heading, blocks);
                }

                heading = next;
                blocks = new List<Block>();
            }
            else if (block is Heading other)
            {
                problems.Add(new HelpProblem(ProblemCodes.Layout, $"Unexpected heading '{other.Text}' in ## {section.Heading.Text}; entries are ### headings.", other.Source));
            }
            else if (heading != null)
            {
                blocks.Add(block);
            }
            else if (IsContent(block))
            {
                problems.Add(new HelpProblem(ProblemCodes.Layout, $"Text in ## {section.Heading.Text} before its first ### entry is not part of the help.", block.Source));
            }
        }

        if (heading != null)
        {
            yield return (heading, blocks);
        }
    }

    private static void RequireText(IReadOnlyList<string> paragraphs, Section section, List<HelpProblem> problems)
    {
        if (paragraphs.Count == 0)
        {
            problems.Add(new HelpProblem(ProblemCodes.MissingContent, $"## {section.Heading.Text} is empty.", section.Heading.Source));
        }
    }

    private static bool IsContent(Block block) => block is Fence || (block is TextLine line && !line.IsBlank);

    private sealed class Section
    {
        public Section(Heading heading) => Heading = heading;

        public Heading Heading { get; }

        public List<Block> Blocks { get; } = new();
    }
}
