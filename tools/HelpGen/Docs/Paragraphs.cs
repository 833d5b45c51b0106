using System.Text.RegularExpressions;

namespace AutopilotTools.HelpGen.Docs;

/// <summary>
/// Turns markdown prose into the paragraphs MAML holds (maml:para): lines of one paragraph are joined, as markdown
/// joins them; each list item is a paragraph of its own; a fenced block stays one paragraph with its line breaks.
/// </summary>
public static class Paragraphs
{
    private static readonly Regex ListItem = new(@"^\s*([-*+]|\d+[.)])\s+");

    public static IReadOnlyList<string> Of(IEnumerable<Block> blocks)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(" ", current));
                current.Clear();
            }
        }

        foreach (Block block in blocks)
        {
            switch (block)
            {
                case TextLine line when line.IsBlank:
                    Flush();
                    break;
                case TextLine line:
                    if (ListItem.IsMatch(line.Text))
                    {
                        Flush();
                    }

                    current.Add(line.Text.Trim());
                    break;
                case Fence fence:
                    Flush();
                    paragraphs.Add(fence.Content);
                    break;
            }
        }

        Flush();
        return paragraphs;
    }
}
