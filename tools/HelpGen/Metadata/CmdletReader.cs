using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Reflection;

namespace AutopilotTools.HelpGen.Metadata;

/// <summary>
/// Reads the cmdlets of a built module assembly through PowerShell's own metadata (CommandMetadata), so parameter
/// sets, aliases, positions and pipeline input are exactly what the engine binds. Defaults come from a fresh
/// instance of each cmdlet, as the engine creates one per invocation.
/// </summary>
public static class CmdletReader
{
    public static IReadOnlyList<CmdletShape> Read(string assemblyPath)
    {
        // LoadFrom resolves the module's own dependencies (AWSSDK, the core library) from its folder.
        Assembly module = Assembly.LoadFrom(Path.GetFullPath(assemblyPath));
        return module.GetExportedTypes()
            .Where(t => !t.IsAbstract && t.GetCustomAttribute<CmdletAttribute>() != null)
            .Select(Read)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static CmdletShape Read(Type type)
    {
        CmdletAttribute cmdlet = type.GetCustomAttribute<CmdletAttribute>()!;
        var metadata = new CommandMetadata(type);
        object instance = Activator.CreateInstance(type)!;
        var parameters = metadata.Parameters.Values
            .Select(p => Parameter(p, type.GetProperty(p.Name), instance, fromEngine: false))
            .ToList();

        // The engine adds these to cmdlets that declare them; CommandMetadata leaves them out.
        if (cmdlet.SupportsShouldProcess)
        {
            parameters.AddRange(EngineParameters(typeof(System.Management.Automation.Internal.ShouldProcessParameters)));
        }

        if (cmdlet.SupportsPaging)
        {
            parameters.AddRange(EngineParameters(typeof(PagingParameters)));
        }

        var outputs = type.GetCustomAttributes<OutputTypeAttribute>()
            .SelectMany(o => o.Type.Select(t => new OutputShape(t.Name, o.ParameterSetName)))
            .ToList();
        return new CmdletShape($"{cmdlet.VerbName}-{cmdlet.NounName}", cmdlet.VerbName, cmdlet.NounName, cmdlet.DefaultParameterSetName, parameters, outputs);
    }

    private static IEnumerable<ParameterShape> EngineParameters(Type holder) =>
        ParameterMetadata.GetParameterMetadata(holder).Values.Select(p => Parameter(p, holder.GetProperty(p.Name), null, fromEngine: true));

    private static ParameterShape Parameter(ParameterMetadata parameter, PropertyInfo? property, object? instance, bool fromEngine)
    {
        object[] attributes = property?.GetCustomAttributes(true) ?? Array.Empty<object>();
        var sets = parameter.ParameterSets
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new SetShape(s.Key, s.Value.IsMandatory, s.Value.Position == int.MinValue ? null : s.Value.Position, s.Value.ValueFromPipeline, s.Value.ValueFromPipelineByPropertyName))
            .ToList();
        object? initial = instance != null && property != null ? property.GetValue(instance) : null;
        return new ParameterShape(
            parameter.Name,
            parameter.ParameterType,
            parameter.Aliases.ToList(),
            sets,
            DefaultText(initial, parameter.ParameterType),
            AcceptedValues(attributes),
            attributes.OfType<SupportsWildcardsAttribute>().Any(),
            fromEngine);
    }

    /// <summary>
    /// ValidateSet values, or the service enum values of the module's ApiEnum transformation (which exposes them as
    /// Values); long service enums (instance types, metrics) are left to tab completion rather than listed.
    /// </summary>
    private static IReadOnlyList<string> AcceptedValues(object[] attributes)
    {
        const int MostListed = 16;
        if (attributes.OfType<ValidateSetAttribute>().FirstOrDefault() is { } set)
        {
            return set.ValidValues.ToList();
        }

        object? apiEnum = attributes.FirstOrDefault(a => a.GetType().Name == "ApiEnumAttribute");
        if (apiEnum?.GetType().GetProperty("Values")?.GetValue(apiEnum) is IReadOnlyList<string> values && values.Count <= MostListed)
        {
            return values;
        }

        return Array.Empty<string>();
    }

    /// <summary>The default as Get-Help shows it: None when the cmdlet starts without a value.</summary>
    private static string DefaultText(object? value, Type type)
    {
        switch (value)
        {
            case null:
                return type == typeof(SwitchParameter) ? "False" : "None";
            case SwitchParameter flag:
                return flag.IsPresent ? "True" : "False";
            case string text:
                return text.Length == 0 ? "None" : text;
            case TimeSpan span:
                return span.ToString("c", CultureInfo.InvariantCulture);
            case ICollection { Count: 0 }:
                return "None";
            case IEnumerable items:
                return string.Join(", ", items.Cast<object>().Select(i => DefaultText(i, i.GetType())));
            case IFormattable formattable:
                return formattable.ToString(null, CultureInfo.InvariantCulture);
            default:
                return value.ToString() ?? "None";
        }
    }
}
