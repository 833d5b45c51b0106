using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace AutopilotTools.Loading
{
    /// <summary>
    /// PowerShell 7: when the default context cannot find an assembly the module's own assembly names directly (the
    /// client), it is handed over from <see cref="DependencyLoadContext"/>, and with it everything the client needs.
    /// Only those names: a request from another module is none of ours. Kept out of <see cref="ModuleLoading"/> so
    /// that Windows PowerShell never compiles code that names a load context.
    /// </summary>
    internal sealed class IsolatedDependencyResolver : IDependencyResolver
    {
        private static DependencyLoadContext? _context;

        private readonly HashSet<string> _bridged;

        private IsolatedDependencyResolver(HashSet<string> bridged) => _bridged = bridged;

        public static IsolatedDependencyResolver Create(string moduleFolder, string dependencyFolder)
        {
            Assembly module = typeof(ModuleLoading).Assembly;
            string? precompiled = ReadyToRunImages.FolderFor(moduleFolder);
            string[] folders = precompiled == null ? new[] { dependencyFolder } : new[] { precompiled, dependencyFolder };
            // One context per process: a second import (-Force, another runspace) must see the same client types.
            _context ??= new DependencyLoadContext(folders, module, typeof(Model.AutoMLJobStatus).Assembly);
            var bridged = new HashSet<string>(
                module.GetReferencedAssemblies().Select(a => a.Name!).Where(name => File.Exists(Path.Combine(dependencyFolder, name + ".dll"))),
                StringComparer.Ordinal);
            return new IsolatedDependencyResolver(bridged);
        }

        public void Attach() => AssemblyLoadContext.Default.Resolving += Resolve;

        public void Detach() => AssemblyLoadContext.Default.Resolving -= Resolve;

        private Assembly? Resolve(AssemblyLoadContext requestingContext, AssemblyName name) =>
            name.Name != null && _bridged.Contains(name.Name) ? _context!.LoadFromAssemblyName(name) : null;
    }
}
