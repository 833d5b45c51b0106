using System.Xml.Linq;

namespace AutopilotTools.HelpGen.Writing;

/// <summary>The MAML namespaces PowerShell's help reader expects (the same ones platyPS writes).</summary>
internal static class MamlNames
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    public static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";
}
