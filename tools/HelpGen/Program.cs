using System.Reflection;
using AutopilotTools.HelpGen;

// Usage: HelpGen <module assembly> <docs folder> <output MAML file>
// e.g.   dotnet exec tools/HelpGen/bin/Release/net10.0/HelpGen.dll src/AutopilotTools/bin/Release/netstandard2.0/AutopilotTools.dll docs/en-US obj/AutopilotTools.dll-Help.xml
// The module project runs it on every build that changed its inputs (target GenerateHelp). Problems are printed in
// MSBuild's error format (file(line): error HELPnnn: message) and fail the build; nothing is written then.

if (args.Length != 3)
{
    Console.Error.WriteLine("Usage: HelpGen <module assembly> <docs folder> <output MAML file>");
    return 2;
}

(string module, string docs, string output) = (args[0], args[1], args[2]);
HelpBuildResult result;
try
{
    result = HelpBuild.Run(module, docs);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or ReflectionTypeLoadException or TypeLoadException)
{
    Console.WriteLine($"HelpGen: error HELP000: cannot read {module} or {docs}: {e.Message}");
    return 1;
}

foreach (HelpProblem problem in result.Problems)
{
    Console.WriteLine(problem);
}

if (result.Maml == null)
{
    Console.WriteLine($"HelpGen: {result.Problems.Count} problem(s) in the help sources under {Path.GetFullPath(docs)}; no help was written.");
    return 1;
}

Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllBytes(output, AutopilotTools.HelpGen.Writing.MamlWriter.ToBytes(result.Maml));
Console.WriteLine($"HelpGen: {result.Cmdlets.Count} cmdlets, {result.Docs.Sum(d => d.Examples.Count)} examples -> {Path.GetFullPath(output)}");
return 0;
