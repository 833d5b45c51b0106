using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace AutopilotTools.Loading
{
    /// <summary>
    /// The module's own load context (PowerShell 7): an assembly whose file is in one of its folders (the precompiled
    /// images for this platform, if any, then the dependency folder) loads from the first that has it, ahead of any
    /// copy in the default context; the assemblies the context shares with PowerShell (the
    /// module, AutopilotTools.Core) are the very ones already loaded; anything else (the framework) comes from the
    /// default context as usual.
    /// </summary>
    internal sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private readonly IReadOnlyList<string> _folders;
        private readonly Dictionary<string, Assembly> _shared;

        public DependencyLoadContext(IReadOnlyList<string> folders, params Assembly[] shared)
        {
            _folders = folders;
            _shared = shared.ToDictionary(a => a.GetName().Name!, StringComparer.Ordinal);
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name != null && _shared.TryGetValue(assemblyName.Name, out Assembly? shared))
            {
                return shared;
            }

            string? path = _folders.Select(folder => Path.Combine(folder, assemblyName.Name + ".dll")).FirstOrDefault(File.Exists);
            return path == null ? null : LoadFromAssemblyPath(path);
        }
    }
}
