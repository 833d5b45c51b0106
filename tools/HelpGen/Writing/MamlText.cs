using System.Xml.Linq;
using static AutopilotTools.HelpGen.Writing.MamlNames;

namespace AutopilotTools.HelpGen.Writing;

/// <summary>Paragraphs as MAML holds them.</summary>
internal static class MamlText
{
    public static XElement Description(IEnumerable<string> paragraphs) => new(Maml + "description", Paras(paragraphs));

    public static IEnumerable<XElement> Paras(IEnumerable<string> paragraphs) => paragraphs.Select(p => new XElement(Maml + "para", p));
}
