using System;
using System.IO;
using System.Linq;
using System.Management.Automation;

namespace AutopilotTools.LocalServer
{
    /// <summary>
    /// Finds the optional engine of pretrained encoders (the AutopilotTools.Pretrained module, which text and image
    /// classification need) for the local server: beside this module's folder, as the build lays both out in out/,
    /// or wherever PowerShell finds it installed (Install-PSResource AutopilotTools.Pretrained). Its module folder is
    /// the server's engines directory.
    /// </summary>
    internal static class OptionalEngines
    {
        public const string ModuleName = "AutopilotTools.Pretrained";

        /// <summary>The module's folder, or null when it is not there.</summary>
        public static string? Find(PSCmdlet cmdlet)
        {
            string moduleFolder = Path.GetDirectoryName(typeof(OptionalEngines).Assembly.Location)!;
            string beside = Path.Combine(Path.GetDirectoryName(moduleFolder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))!, ModuleName);
            if (File.Exists(Path.Combine(beside, ModuleName + ".psd1")))
            {
                return beside;
            }

            return cmdlet.InvokeCommand
                .InvokeScript($"Get-Module -ListAvailable -Name {ModuleName} | Sort-Object Version -Descending | Select-Object -First 1 -ExpandProperty ModuleBase")
                .Select(o => o?.BaseObject as string)
                .FirstOrDefault(path => !string.IsNullOrEmpty(path));
        }
    }
}
