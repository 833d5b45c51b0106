using System.Linq;
using System.Reflection;

namespace AutopilotTools.Tests.Pretrained
{
    /// <summary>Where the build laid out the optional engine of pretrained encoders (a module folder that is an engines directory).</summary>
    internal static class PretrainedEngine
    {
        public static string Directory { get; } = typeof(PretrainedEngine).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "PretrainedEngines").Value!;
    }
}
