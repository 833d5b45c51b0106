using System;
using System.IO;
using System.Reflection;

namespace AutopilotTools.Loading
{
    /// <summary>
    /// Windows PowerShell 5.1: an assembly the runtime cannot bind (one in the dependency folder, or a version other
    /// than a netstandard dependency asked for) is loaded from the module's folders, whatever version was asked for,
    /// which is what binding redirects would do in an application. Strong names keep another module's AWSSDK.Core of a
    /// different version apart.
    /// </summary>
    internal sealed class FrameworkDependencyResolver : IDependencyResolver
    {
        private readonly string[] _folders;

        public FrameworkDependencyResolver(string moduleFolder, string dependencyFolder) => _folders = new[] { dependencyFolder, moduleFolder };

        public void Attach() => AppDomain.CurrentDomain.AssemblyResolve += Resolve;

        public void Detach() => AppDomain.CurrentDomain.AssemblyResolve -= Resolve;

        private Assembly? Resolve(object sender, ResolveEventArgs args)
        {
            string? name = new AssemblyName(args.Name).Name;
            foreach (string folder in _folders)
            {
                string path = Path.Combine(folder, name + ".dll");
                if (File.Exists(path))
                {
                    return Assembly.LoadFrom(path);
                }
            }

            return null;
        }
    }
}
