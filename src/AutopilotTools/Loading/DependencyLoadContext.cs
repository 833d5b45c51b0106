using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace AutopilotTools.Loading
{
    /// <summary>
    /// The module's own load context (PowerShell 7): an assembly whose file is in the dependency folder loads from
    /// there, ahead of any copy in the default context; the assemblies the context shares with PowerShell (the
    /// module, AutopilotTools.Core) are the very ones already loaded; anything else (the framework) comes from the
    /// default context as usual.
    /// </summary>
    internal sealed class DependencyLoadContext : AssemblyLoadContext
    {
        private readonly string _folder;
        private readonly Dictionary<string, Assembly> _shared;

        public DependencyLoadContext(string folder, params Assembly[] shared)
        {
            _folder = folder;
            _shared = shared.ToDictionary(a => a.GetName().Name!, StringComparer.Ordinal);
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name != null && _shared.TryGetValue(assemblyName.Name, out Assembly? shared))
            {
                return shared;
            }

            string path = Path.Combine(_folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
