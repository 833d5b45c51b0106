using System.Text;

namespace ModelGen;

/// <summary>One model class per structure: an auto-property per member, named exactly as on the wire.</summary>
internal static class StructureWriter
{
    public static string Write(ServiceModel model, Shape shape)
    {
        var code = new StringBuilder(CSharpText.Header(model.Uid));
        code.Append("\nnamespace AutopilotTools.Model\n{\n");
        if (shape.IsUnion)
        {
            code.Append("    [ApiUnion]\n");
        }

        code.Append($"    public partial class {shape.Name}\n    {{\n");
        foreach (StructureMember member in shape.Members)
        {
            string required = member.Required ? ", Required = true" : "";
            code.Append($"        [ApiMember({CSharpText.Literal(member.Shape)}{required})]\n");
            code.Append($"        public {ClrTypes.PropertyType(model, member.Shape)} {CSharpText.Identifier(member.Name)} {{ get; set; }}\n\n");
        }

        code.Append(AdditionalMembers);
        code.Append("    }\n}\n");
        return code.ToString();
    }

    /// <summary>Last in every class; the hand-written EmptyResponse carries the same property.</summary>
    public const string AdditionalMembers =
        "        /// <summary>\n" +
        "        /// Members the service sent that this model does not know, kept so that they survive a round trip. Not public,\n" +
        "        /// so that PowerShell (ConvertTo-Json, Format-List *) shows only the API's members; UnknownMembers reads them.\n" +
        "        /// </summary>\n" +
        "        [System.Text.Json.Serialization.JsonExtensionData, System.Text.Json.Serialization.JsonInclude]\n" +
        "        internal System.Collections.Generic.Dictionary<string, System.Text.Json.JsonElement>? AdditionalMembers { get; set; }\n";
}
