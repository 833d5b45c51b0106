using System.Linq;
using AutopilotTools.Model;

namespace AutopilotTools.Validation
{
    /// <summary>The error for a member name a structure does not have, with the nearest name it does have.</summary>
    internal static class UnknownMembers
    {
        public static ValidationError Error(string parentPath, string name, object? value, StructureInfo structure)
        {
            string? nearest = NameSuggestion.Nearest(name, structure.Members.Select(m => m.Name));
            string where = parentPath.Length == 0 ? structure.Type.Name : parentPath;
            string hint = nearest == null ? " It has no members." : $" Did you mean '{nearest}'?";
            return new ValidationError(MemberPath.Member(parentPath, name), value, ValidationRule.UnknownMember, $"{where} has no member '{name}'.{hint}", nearest);
        }
    }
}
