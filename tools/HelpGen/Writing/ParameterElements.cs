using System.Xml.Linq;
using AutopilotTools.HelpGen.Metadata;
using static AutopilotTools.HelpGen.Writing.MamlNames;

namespace AutopilotTools.HelpGen.Writing;

/// <summary>
/// command:parameter elements: in a syntax item, as the parameter binds in that set; under command:parameters, once
/// per parameter with its description, type and default. Attribute values are the forms Get-Help prints (position
/// "named", pipelineInput "True (ByValue, ByPropertyName)", aliases "none").
/// </summary>
internal static class ParameterElements
{
    public static XElement InSyntax(ParameterShape parameter, SetShape set)
    {
        XElement element = Element(parameter, set.Mandatory, set.Position, set.ByValue, set.ByPropertyName);
        element.Add(new XElement(Maml + "name", parameter.Name));
        if (parameter.AcceptedValues.Count > 0)
        {
            // Get-Help shows these as -Name {A | B}.
            element.Add(new XElement(Command + "parameterValueGroup",
                parameter.AcceptedValues.Select(v => new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute(Command + "variableLength", "false"), v))));
        }
        else if (!parameter.IsSwitch)
        {
            element.Add(Value(parameter));
        }

        element.Add(DevType(parameter));
        return element;
    }

    public static XElement Described(ParameterShape parameter, IReadOnlyList<string> description)
    {
        var sets = parameter.Sets;
        bool mandatory = sets.All(s => s.Mandatory);
        int? position = sets.Select(s => s.Position).Distinct().Count() == 1 ? sets[0].Position : null;
        XElement element = Element(parameter, mandatory, position, sets.Any(s => s.ByValue), sets.Any(s => s.ByPropertyName));
        element.Add(
            new XElement(Maml + "name", parameter.Name),
            MamlText.Description(description),
            parameter.IsSwitch
                ? new XElement(Command + "parameterValue", new XAttribute("required", "false"), new XAttribute("variableLength", "false"), TypeNames.Short(parameter.Type))
                : Value(parameter),
            DevType(parameter),
            new XElement(Dev + "defaultValue", parameter.DefaultValue));
        return element;
    }

    private static XElement Element(ParameterShape parameter, bool mandatory, int? position, bool byValue, bool byPropertyName) =>
        new(Command + "parameter",
            new XAttribute("required", mandatory ? "true" : "false"),
            new XAttribute("variableLength", parameter.Type.IsArray ? "true" : "false"),
            new XAttribute("globbing", parameter.Globbing ? "true" : "false"),
            new XAttribute("pipelineInput", PipelineInput(byValue, byPropertyName)),
            new XAttribute("position", position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "named"),
            new XAttribute("aliases", parameter.Aliases.Count == 0 ? "none" : string.Join(", ", parameter.Aliases)));

    private static string PipelineInput(bool byValue, bool byPropertyName) => (byValue, byPropertyName) switch
    {
        (true, true) => "True (ByValue, ByPropertyName)",
        (true, false) => "True (ByValue)",
        (false, true) => "True (ByPropertyName)",
        _ => "False",
    };

    private static XElement Value(ParameterShape parameter) =>
        new(Command + "parameterValue", new XAttribute("required", "true"), new XAttribute("variableLength", parameter.Type.IsArray ? "true" : "false"), TypeNames.Short(parameter.Type));

    private static XElement DevType(ParameterShape parameter) =>
        new(Dev + "type", new XElement(Maml + "name", TypeNames.Full(parameter.Type)), new XElement(Maml + "uri"));
}
