using System.Text;
using System.Xml;
using System.Xml.Linq;
using AutopilotTools.HelpGen.Docs;
using AutopilotTools.HelpGen.Metadata;
using static AutopilotTools.HelpGen.Writing.MamlNames;

namespace AutopilotTools.HelpGen.Writing;

/// <summary>
/// Writes one helpItems document with a command:command per cmdlet, in name order: the prose from the markdown,
/// the syntax, parameter attributes and output types from the cmdlet. Same inputs, same bytes.
/// </summary>
public static class MamlWriter
{
    public static XDocument Write(IReadOnlyList<CmdletShape> cmdlets, IReadOnlyList<CommandDoc> docs)
    {
        var root = new XElement(Msh + "helpItems",
            new XAttribute("schema", "maml"),
            new XAttribute(XNamespace.Xmlns + "maml", Maml),
            new XAttribute(XNamespace.Xmlns + "command", Command),
            new XAttribute(XNamespace.Xmlns + "dev", Dev),
            new XAttribute(XNamespace.Xmlns + "MSHelp", MSHelp));
        foreach (CmdletShape cmdlet in cmdlets.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            root.Add(CommandElement(cmdlet, docs.Single(d => d.Name == cmdlet.Name)));
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>UTF-8 without a byte order mark, \n line ends, two-space indents.</summary>
    public static byte[] ToBytes(XDocument document)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace };
        using var stream = new MemoryStream();
        using (XmlWriter writer = XmlWriter.Create(stream, settings))
        {
            document.Save(writer);
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static XElement CommandElement(CmdletShape cmdlet, CommandDoc doc) =>
        new(MamlNames.Command + "command",
            new XElement(MamlNames.Command + "details",
                new XElement(MamlNames.Command + "name", cmdlet.Name),
                new XElement(MamlNames.Command + "verb", cmdlet.Verb),
                new XElement(MamlNames.Command + "noun", cmdlet.Noun),
                MamlText.Description(new[] { doc.Synopsis })),
            MamlText.Description(doc.Description),
            Syntax(cmdlet),
            new XElement(MamlNames.Command + "parameters",
                doc.Parameters.Select(d => ParameterElements.Described(cmdlet.Parameters.Single(p => p.Name == d.Name), d.Description))),
            new XElement(MamlNames.Command + "inputTypes", doc.Inputs.Select(i => TypeEntry("inputType", i))),
            new XElement(MamlNames.Command + "returnValues", doc.Outputs.Select(o => TypeEntry("returnValue", o))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", MamlText.Paras(doc.Notes))),
            new XElement(MamlNames.Command + "examples", doc.Examples.Select(Example)),
            new XElement(Maml + "relatedLinks", doc.RelatedLinks.Select(l =>
                new XElement(Maml + "navigationLink", new XElement(Maml + "linkText", l.Text), new XElement(Maml + "uri", l.Uri)))));

    /// <summary>
    /// One syntax item per parameter set, the default set first. Within an item: positional parameters by
    /// position, then mandatory ones, then the rest as the cmdlet declares them, the engine's own (-WhatIf,
    /// -Confirm, paging) last.
    /// </summary>
    private static XElement Syntax(CmdletShape cmdlet) =>
        new(MamlNames.Command + "syntax", cmdlet.ParameterSets.Select(set =>
        {
            var members = cmdlet.Parameters
                .Select((parameter, order) => (parameter, order, binding: parameter.In(set)))
                .Where(m => m.binding != null)
                .OrderBy(m => m.parameter.FromEngine ? 1 : 0)
                .ThenBy(m => m.binding!.Position ?? int.MaxValue)
                .ThenBy(m => m.binding!.Mandatory ? 0 : 1)
                .ThenBy(m => m.order);
            return new XElement(MamlNames.Command + "syntaxItem",
                new XElement(Maml + "name", cmdlet.Name),
                members.Select(m => ParameterElements.InSyntax(m.parameter, m.binding!)));
        }));

    private static XElement TypeEntry(string element, TypeDoc type) =>
        new(MamlNames.Command + element,
            new XElement(Dev + "type", new XElement(Maml + "name", type.TypeName), new XElement(Maml + "uri")),
            MamlText.Description(type.Description));

    private static XElement Example(ExampleDoc example) =>
        new(MamlNames.Command + "example",
            new XElement(Maml + "title", $"---------- Example {example.Number}: {example.Title} ----------"),
            new XElement(Dev + "code", example.Code),
            // The empty paragraph keeps a blank line between one example's remarks and the next title in Get-Help.
            new XElement(Dev + "remarks", MamlText.Paras(example.Remarks.Append(string.Empty))));
}
