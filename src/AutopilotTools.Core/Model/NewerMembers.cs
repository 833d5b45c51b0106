using System.Collections.Generic;
using System.Text.Json;

namespace AutopilotTools.Model
{
    /// <summary>
    /// Members a response carried that this module's model does not know: ones the service added after the module was
    /// built. Every model class keeps them (so that they survive a round trip) in a property that is not public, so
    /// that PowerShell's ConvertTo-Json and Format-List show the API's members only; this reads them.
    /// </summary>
    public static class NewerMembers
    {
        private static readonly IReadOnlyDictionary<string, JsonElement> None = new Dictionary<string, JsonElement>();

        /// <summary>The members of <paramref name="model"/> the model class does not declare, by their API names.</summary>
        public static IReadOnlyDictionary<string, JsonElement> Of(object? model)
        {
            StructureInfo? structure = model == null ? null : StructureInfo.Of(model.GetType());
            return structure?.AdditionalMembers?.GetValue(model) as Dictionary<string, JsonElement> ?? None;
        }
    }
}
