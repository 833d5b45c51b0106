using System;
using System.IO;
using System.Management.Automation;
using System.Runtime.InteropServices;

namespace AutopilotTools.Loading
{
    /// <summary>
    /// Where the module's dependencies come from. The AWS SDK and our client on it live in the module's
    /// <c>dependencies</c> folder, out of PowerShell's sight: AWS Tools for PowerShell and other modules bring their own
    /// AWSSDK.Core, every 4.x build has the same assembly version, and in one load context the first loaded wins. So on
    /// PowerShell 7 they load into a context of the module's own, whichever module came first; on Windows PowerShell
    /// 5.1 (no load contexts) they are resolved from the module folder, where strong names already keep different
    /// versions apart. On PowerShell 7 the context prefers precompiled images of the same assemblies where the module
    /// has them for the platform (<see cref="ReadyToRunImages"/>). The module's own assembly, AutopilotTools.Core (the parameter and output types) and the
    /// framework stay in the default context, so nothing users see is of an isolated type.
    /// </summary>
    public sealed class ModuleLoading : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        internal const string DependencyFolderName = "dependencies";

        private static readonly object Gate = new object();
        private static IDependencyResolver? _resolver;

        public void OnImport()
        {
            lock (Gate)
            {
                if (_resolver != null)
                {
                    return;
                }

                string moduleFolder = Path.GetDirectoryName(typeof(ModuleLoading).Assembly.Location)!;
                string dependencyFolder = Path.Combine(moduleFolder, DependencyFolderName);
                _resolver = IsNetFramework
                    ? new FrameworkDependencyResolver(moduleFolder, dependencyFolder)
                    : IsolatedDependencyResolver.Create(moduleFolder, dependencyFolder);
                _resolver.Attach();
            }
        }

        public void OnRemove(PSModuleInfo module)
        {
            lock (Gate)
            {
                _resolver?.Detach();
                _resolver = null;
            }
        }

        private static bool IsNetFramework =>
            RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);
    }
}
