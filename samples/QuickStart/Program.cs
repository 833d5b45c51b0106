using System;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace AutopilotTools.QuickStart
{
    /// <summary>
    /// Runs samples/quickstart.ps1 in a PowerShell 7.6 engine hosted here, against the module the build laid out in
    /// out/AutopilotTools/: the quick start for machines without pwsh. Exit code 0 when the script succeeded.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            string root = RepositoryRoot();
            string script = Path.Combine(root, "samples", "quickstart.ps1");
            string module = Path.Combine(root, "out", "AutopilotTools", "AutopilotTools.psd1");

            var host = new ConsoleHost();
            using Runspace runspace = RunspaceFactory.CreateRunspace(host, InitialSessionState.CreateDefault2());
            runspace.Open();
            using PowerShell shell = PowerShell.Create();
            shell.Runspace = runspace;
            shell.AddCommand(script).AddParameter("ModulePath", module);
            foreach (string arg in args)
            {
                shell.AddArgument(arg);
            }

            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                shell.BeginStop(null, null);
            };

            try
            {
                shell.Invoke();
            }
            catch (RuntimeException e)
            {
                Console.Error.WriteLine("The quick start failed: " + e.ErrorRecord);
                return 1;
            }

            foreach (ErrorRecord error in shell.Streams.Error)
            {
                Console.Error.WriteLine("ERROR: " + error);
            }

            return shell.HadErrors ? 1 : 0;
        }

        private static string RepositoryRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AutopilotTools.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("Run the quick start from inside the repository: dotnet run --project samples/QuickStart");
        }
    }
}
