namespace AutopilotTools.HelpGen.Docs;

/// <summary>A line of a help source, so that every message points at the line to fix.</summary>
public sealed record SourceLine(string File, int Line)
{
    public override string ToString() => $"{File}({Line})";
}

/// <summary>One cmdlet's help as its markdown file tells it, before it is checked against the cmdlet itself.</summary>
public sealed class CommandDoc
{
    public CommandDoc(string name, string file)
    {
        Name = name;
        File = file;
    }

    /// <summary>The cmdlet's name: the file's name, and its # heading.</summary>
    public string Name { get; }

    public string File { get; }

    public string Synopsis { get; set; } = string.Empty;

    public IReadOnlyList<string> Description { get; set; } = Array.Empty<string>();

    public List<ExampleDoc> Examples { get; } = new();

    /// <summary>In the order the file gives them (shared files included in place).</summary>
    public List<ParameterDoc> Parameters { get; } = new();

    public List<TypeDoc> Inputs { get; } = new();

    public List<TypeDoc> Outputs { get; } = new();

    public IReadOnlyList<string> Notes { get; set; } = Array.Empty<string>();

    public List<LinkDoc> RelatedLinks { get; } = new();

    /// <summary>Where each ## section starts (by its upper-case name), for messages about a whole section.</summary>
    public Dictionary<string, SourceLine> Sections { get; } = new(StringComparer.Ordinal);

    /// <summary>The line of a section's heading, or the file's first line when the section is missing.</summary>
    public SourceLine LineOf(string section) => Sections.TryGetValue(section, out SourceLine? line) ? line : new SourceLine(File, 1);
}

/// <summary>
/// One example: its code (the one powershell block), what the text around it says (output shown in ```text blocks
/// included, as help shows it), and that output on its own.
/// </summary>
public sealed record ExampleDoc(int Number, string Title, string Code, IReadOnlyList<string> Remarks, string ShownOutput, SourceLine Source);

public sealed record ParameterDoc(string Name, IReadOnlyList<string> Description, SourceLine Source);

/// <summary>An INPUTS or OUTPUTS entry: a type name (or None) and what it means.</summary>
public sealed record TypeDoc(string TypeName, IReadOnlyList<string> Description, SourceLine Source);

/// <summary>A related link; the URI is empty for another cmdlet or an about topic, which Get-Help finds by name.</summary>
public sealed record LinkDoc(string Text, string Uri);
