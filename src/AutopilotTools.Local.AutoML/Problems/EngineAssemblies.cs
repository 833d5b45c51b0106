using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;

namespace AutopilotTools.Local.AutoML.Problems
{
    /// <summary>
    /// Optional engines: assemblies that add problem types too heavy for the module's own package (pretrained
    /// encoders of a few hundred MB). Each lives in a folder of its own named after its assembly
    /// (<c>&lt;engines&gt;/AutopilotTools.Local.Pretrained/AutopilotTools.Local.Pretrained.dll</c> with its
    /// dependencies and <c>.deps.json</c>); every public <see cref="IProblemType"/> with a parameterless constructor
    /// in it is registered. The engine's own assemblies (this one, Core, ML.NET) are shared with the server, so the
    /// types the interface speaks are the same types on both sides.
    /// </summary>
    public static class EngineAssemblies
    {
        /// <summary>Registers the problem types of every engine folder under <paramref name="enginesDirectory"/>; returns their config names.</summary>
        public static IReadOnlyList<string> LoadInto(ProblemTypeRegistry registry, string enginesDirectory)
        {
            var loaded = new List<string>();
            if (!Directory.Exists(enginesDirectory))
            {
                return loaded;
            }

            foreach (string folder in Directory.GetDirectories(enginesDirectory).OrderBy(f => f, StringComparer.Ordinal))
            {
                string path = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
                if (!File.Exists(path))
                {
                    continue;
                }

                Assembly assembly = new EngineLoadContext(path).LoadFromAssemblyPath(path);
                foreach (Type type in assembly.GetExportedTypes().Where(IsProblemType))
                {
                    var problemType = (IProblemType)Activator.CreateInstance(type)!;
                    registry.Register(problemType);
                    loaded.Add(problemType.ConfigName);
                }
            }

            return loaded;
        }

        private static bool IsProblemType(Type type) =>
            typeof(IProblemType).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) != null;

        /// <summary>Resolves an engine's own dependencies from its folder; anything the server already has comes from the server.</summary>
        private sealed class EngineLoadContext : AssemblyLoadContext
        {
            private readonly AssemblyDependencyResolver _resolver;

            public EngineLoadContext(string mainAssembly) : base(Path.GetFileNameWithoutExtension(mainAssembly))
            {
                _resolver = new AssemblyDependencyResolver(mainAssembly);
            }

            protected override Assembly? Load(AssemblyName name)
            {
                try
                {
                    // Shared first: the server's copy of Core, the engine and ML.NET keeps one identity for their types.
                    return Default.LoadFromAssemblyName(name);
                }
                catch (FileNotFoundException)
                {
                    string? path = _resolver.ResolveAssemblyToPath(name);
                    return path == null ? null : LoadFromAssemblyPath(path);
                }
            }

            protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
            {
                string? path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
                return path == null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
            }
        }
    }
}
