using System.Text.RegularExpressions;

namespace AutopilotTools.HelpGen.Docs;

/// <summary>A piece of a markdown file, as far as help needs to tell them apart.</summary>
public abstract record Block(SourceLine Source);

/// <summary>A <c>#</c> heading: level 1 names the cmdlet, 2 a section, 3 an entry of a section.</summary>
public sealed record Heading(int Level, string Text, SourceLine Source) : Block(Source);

/// <summary>A fenced code block, with its info string (powershell, text, …) and its lines as they are.</summary>
public sealed record Fence(string Info, string Content, SourceLine Source) : Block(Source);

/// <summary>An HTML comment on its own lines: not shown in help, but it carries markers (include).</summary>
public sealed record Comment(string Text, SourceLine Source) : Block(Source);

/// <summary>A line of prose (blank lines included: they end paragraphs).</summary>
public sealed record TextLine(string Text, SourceLine Source) : Block(Source)
{
    public bool IsBlank => Text.Trim().Length == 0;
}

/// <summary>
/// Splits a markdown file into headings, fenced code, comments and prose lines: just enough markdown for help
/// sources in the platyPS layout. A YAML front matter block at the top is skipped.
/// </summary>
public static class MarkdownBlocks
{
    private static readonly Regex HeadingLine = new(@"^(?<hashes>#{1,6})\s+(?<text>.*?)\s*#*\s*$");
    private static readonly Regex InlineComment = new(@"<!--.*?-->");

    public static IReadOnlyList<Block> Read(string file, string text)
    {
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        var blocks = new List<Block>();
        int i = SkipFrontMatter(lines);
        while (i < lines.Length)
        {
            string line = lines[i];
            string trimmed = line.Trim();
            var source = new SourceLine(file, i + 1);
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                i = ReadFence(lines, i, source, blocks);
            }
            else if (trimmed.StartsWith("<!--", StringComparison.Ordinal))
            {
                i = ReadComment(lines, i, source, blocks);
            }
            else if (HeadingLine.Match(line) is { Success: true } heading)
            {
                blocks.Add(new Heading(heading.Groups["hashes"].Length, heading.Groups["text"].Value, source));
                i++;
            }
            else
            {
                blocks.Add(new TextLine(InlineComment.Replace(line, string.Empty), source));
                i++;
            }
        }

        return blocks;
    }

    private static int SkipFrontMatter(string[] lines)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }

        for (int i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "---")
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int ReadFence(string[] lines, int start, SourceLine source, List<Block> blocks)
    {
        string opening = lines[start].Trim();
        string marker = opening.Substring(0, 3);
        string info = opening.Substring(3).Trim();
        int indent = lines[start].Length - lines[start].TrimStart().Length;
        var content = new List<string>();
        int i = start + 1;
        while (i < lines.Length && !lines[i].Trim().StartsWith(marker, StringComparison.Ordinal))
        {
            // Fences indented under a list item: their lines carry the same indent, which is not part of the code.
            string line = lines[i];
            int strip = Math.Min(indent, line.Length - line.TrimStart().Length);
            content.Add(line.Substring(strip).TrimEnd());
            i++;
        }

        blocks.Add(new Fence(info, string.Join("\n", content), source));
        return Math.Min(i + 1, lines.Length);
    }

    private static int ReadComment(string[] lines, int start, SourceLine source, List<Block> blocks)
    {
        var text = new List<string>();
        int i = start;
        while (i < lines.Length)
        {
            string line = lines[i];
            int end = line.IndexOf("-->", StringComparison.Ordinal);
            text.Add(end < 0 ? line : line.Substring(0, end));
            i++;
            if (end >= 0)
            {
                break;
            }
        }

        string joined = string.Join("\n", text).Trim();
        blocks.Add(new Comment(joined.Substring("<!--".Length).Trim(), source));
        return i;
    }
}
