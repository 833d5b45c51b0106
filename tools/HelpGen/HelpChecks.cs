using AutopilotTools.HelpGen.Docs;
using AutopilotTools.HelpGen.Metadata;

namespace AutopilotTools.HelpGen;

/// <summary>
/// What must agree between the help sources and the cmdlets before any help is written: a file for every cmdlet and
/// a cmdlet for every file, the same parameters on both sides, at least two examples, and OUTPUTS naming exactly
/// the [OutputType]s (INPUTS None exactly when nothing binds from the pipeline).
/// </summary>
public static class HelpChecks
{
    public const int FewestExamples = 2;

    public static void Check(IReadOnlyList<CmdletShape> cmdlets, IReadOnlyList<CommandDoc> docs, string docsDirectory, List<HelpProblem> problems)
    {
        foreach (CmdletShape cmdlet in cmdlets.Where(c => !docs.Any(d => d.Name == c.Name)))
        {
            problems.Add(new HelpProblem(ProblemCodes.MissingFile,
                $"{cmdlet.Name} has no help source: write {Path.Combine(docsDirectory, cmdlet.Name + ".md")} (any file there shows the layout)."));
        }

        foreach (CommandDoc doc in docs)
        {
            CmdletShape? cmdlet = cmdlets.FirstOrDefault(c => c.Name == doc.Name);
            if (cmdlet == null)
            {
                problems.Add(new HelpProblem(ProblemCodes.UnknownCommand,
                    $"{doc.Name}.md documents a cmdlet the module does not export; rename it after the cmdlet or remove it.", new SourceLine(doc.File, 1)));
                continue;
            }

            CheckParameters(cmdlet, doc, problems);
            CheckTypes(cmdlet, doc, problems);
            if (doc.Examples.Count < FewestExamples)
            {
                problems.Add(new HelpProblem(ProblemCodes.TooFewExamples,
                    $"{doc.Name} has {doc.Examples.Count} example(s); it needs at least {FewestExamples} (### Example N: title, and a ```powershell block).", doc.LineOf("EXAMPLES")));
            }
        }
    }

    private static void CheckParameters(CmdletShape cmdlet, CommandDoc doc, List<HelpProblem> problems)
    {
        foreach (ParameterDoc documented in doc.Parameters)
        {
            ParameterShape? actual = cmdlet.Parameters.FirstOrDefault(p => string.Equals(p.Name, documented.Name, StringComparison.OrdinalIgnoreCase));
            if (actual == null)
            {
                problems.Add(new HelpProblem(ProblemCodes.UnknownParameter,
                    $"{cmdlet.Name} has no parameter -{documented.Name}; remove its description (from {Path.GetFileName(documented.Source.File)}).", documented.Source));
            }
            else if (actual.Name != documented.Name)
            {
                problems.Add(new HelpProblem(ProblemCodes.Layout, $"Write -{documented.Name} as the cmdlet spells it: -{actual.Name}.", documented.Source));
            }
        }

        foreach (ParameterShape parameter in cmdlet.Parameters.Where(p => !doc.Parameters.Any(d => string.Equals(d.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add(new HelpProblem(ProblemCodes.UndocumentedParameter,
                $"-{parameter.Name} of {cmdlet.Name} is not documented: add '### -{parameter.Name}' under ## PARAMETERS, or include the shared file that describes it.", doc.LineOf("PARAMETERS")));
        }
    }

    private static void CheckTypes(CmdletShape cmdlet, CommandDoc doc, List<HelpProblem> problems)
    {
        var declared = cmdlet.Outputs.Select(o => OutputName(o.TypeName)).Distinct().ToList();
        foreach (string type in declared.Where(t => !doc.Outputs.Any(o => o.TypeName == t)))
        {
            problems.Add(new HelpProblem(ProblemCodes.TypeMismatch, $"{cmdlet.Name} declares [OutputType] {type}; describe it under ## OUTPUTS as '### {type}'.", doc.LineOf("OUTPUTS")));
        }

        foreach (TypeDoc output in doc.Outputs.Where(o => !declared.Contains(o.TypeName)))
        {
            problems.Add(new HelpProblem(ProblemCodes.TypeMismatch,
                $"## OUTPUTS names {output.TypeName}, which {cmdlet.Name} does not declare; its [OutputType]s are {string.Join(", ", declared)}.", output.Source));
        }

        bool saysNone = doc.Inputs.Count > 0 && doc.Inputs.All(i => i.TypeName == "None");
        if (cmdlet.TakesPipelineInput == saysNone && doc.Inputs.Count > 0)
        {
            problems.Add(new HelpProblem(ProblemCodes.TypeMismatch, cmdlet.TakesPipelineInput
                ? $"{cmdlet.Name} takes pipeline input; ## INPUTS should name what can be piped to it, not None."
                : $"{cmdlet.Name} takes no pipeline input; ## INPUTS should be '### None'.", doc.Inputs[0].Source));
        }
    }

    /// <summary>[OutputType(typeof(void))] is how a cmdlet says it writes nothing; help calls that None.</summary>
    public static string OutputName(string typeName) => typeName == "System.Void" ? "None" : typeName;
}
