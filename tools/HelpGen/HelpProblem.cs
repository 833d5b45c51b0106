using AutopilotTools.HelpGen.Docs;

namespace AutopilotTools.HelpGen;

/// <summary>
/// Something that keeps the help from being written. Shown in MSBuild's canonical error format, so the build fails
/// with the file and line to fix.
/// </summary>
public sealed record HelpProblem(string Code, string Message, SourceLine? Source = null)
{
    public override string ToString() => $"{(Source == null ? "HelpGen" : Source.ToString())}: error {Code}: {Message}";
}

/// <summary>The problem codes, one per kind of mistake.</summary>
public static class ProblemCodes
{
    /// <summary>An exported cmdlet has no markdown file.</summary>
    public const string MissingFile = "HELP001";

    /// <summary>A markdown file names no exported cmdlet.</summary>
    public const string UnknownCommand = "HELP002";

    /// <summary>A markdown file documents a parameter the cmdlet lacks.</summary>
    public const string UnknownParameter = "HELP003";

    /// <summary>A parameter of the cmdlet is not documented.</summary>
    public const string UndocumentedParameter = "HELP004";

    /// <summary>Fewer than two examples.</summary>
    public const string TooFewExamples = "HELP005";

    /// <summary>A required section (or a parameter's description) is missing or empty.</summary>
    public const string MissingContent = "HELP006";

    /// <summary>OUTPUTS or INPUTS disagree with the cmdlet's [OutputType] or pipeline parameters.</summary>
    public const string TypeMismatch = "HELP007";

    /// <summary>The file is not in the expected layout (sections, headings, code blocks, includes).</summary>
    public const string Layout = "HELP008";
}
