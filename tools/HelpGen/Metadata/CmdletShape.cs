namespace AutopilotTools.HelpGen.Metadata;

/// <summary>A cmdlet as PowerShell binds it: what the help's syntax, parameters and outputs are generated from.</summary>
public sealed record CmdletShape(
    string Name,
    string Verb,
    string Noun,
    string? DefaultParameterSet,
    IReadOnlyList<ParameterShape> Parameters,
    IReadOnlyList<OutputShape> Outputs)
{
    /// <summary>The parameter set PowerShell uses for a cmdlet that names none.</summary>
    public const string AllSets = "__AllParameterSets";

    /// <summary>The named parameter sets, the default first; one unnamed set when the cmdlet declares none.</summary>
    public IReadOnlyList<string> ParameterSets
    {
        get
        {
            var named = Parameters.SelectMany(p => p.Sets).Select(s => s.Name).Where(n => n != AllSets).Distinct().ToList();
            if (named.Count == 0)
            {
                return new[] { AllSets };
            }

            return named.OrderBy(n => n == DefaultParameterSet ? 0 : 1).ThenBy(n => n, StringComparer.Ordinal).ToList();
        }
    }

    public bool TakesPipelineInput => Parameters.Any(p => p.Sets.Any(s => s.ByValue || s.ByPropertyName));
}

/// <summary>
/// One parameter: its type, aliases, how it binds in each parameter set, its default (as the cmdlet initialises it)
/// and, for enumerations, the values it accepts. <see cref="FromEngine"/> marks -WhatIf, -Confirm and the paging
/// parameters, which PowerShell adds to cmdlets that ask for them.
/// </summary>
public sealed record ParameterShape(
    string Name,
    Type Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<SetShape> Sets,
    string DefaultValue,
    IReadOnlyList<string> AcceptedValues,
    bool Globbing,
    bool FromEngine)
{
    public bool IsSwitch => Type == typeof(System.Management.Automation.SwitchParameter);

    /// <summary>How the parameter binds in a set: its own entry for the set, else its entry for all sets.</summary>
    public SetShape? In(string set) => Sets.FirstOrDefault(s => s.Name == set) ?? Sets.FirstOrDefault(s => s.Name == CmdletShape.AllSets);
}

public sealed record SetShape(string Name, bool Mandatory, int? Position, bool ByValue, bool ByPropertyName);

/// <summary>An [OutputType]: the type's full name (System.Void for none) and the parameter sets it is declared for.</summary>
public sealed record OutputShape(string TypeName, IReadOnlyList<string> ParameterSets);
