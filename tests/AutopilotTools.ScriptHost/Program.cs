using System;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace AutopilotTools.ScriptHost
{
    /// <summary>
    /// <c>dotnet exec AutopilotTools.ScriptHost.dll script.ps1 [arguments]</c>: runs the script with the arguments as
    /// positional parameters, writes each output object as a line to stdout and each error to stderr, and exits with
    /// 0 only when the script ended without an error.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            if (args.Length == 0)
            {
                Console.Error.WriteLine("usage: AutopilotTools.ScriptHost <script.ps1> [arguments]");
                return 2;
            }

            using Runspace runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
            runspace.Open();
            using PowerShell shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddCommand(args[0]);
            for (int i = 1; i < args.Length; i++)
            {
                shell.AddArgument(args[i]);
            }

            try
            {
                foreach (PSObject output in shell.Invoke())
                {
                    Console.Out.WriteLine(output?.ToString());
                }
            }
            catch (RuntimeException e)
            {
                Console.Error.WriteLine($"{e.ErrorRecord.FullyQualifiedErrorId}: {e.ErrorRecord}\n{e}");
                return 1;
            }

            foreach (ErrorRecord error in shell.Streams.Error)
            {
                Console.Error.WriteLine($"{error.FullyQualifiedErrorId}: {error}\n{error.Exception}");
            }

            return shell.HadErrors ? 1 : 0;
        }
    }
}
