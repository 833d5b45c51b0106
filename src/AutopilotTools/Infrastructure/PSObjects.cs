using System.Management.Automation;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// PowerShell wraps pipeline values, variables and bound arguments in a PSObject; this is the one place that
    /// looks inside. A PSCustomObject is different: its properties live on the wrapper, so data keeps it wrapped.
    /// </summary>
    internal static class PSObjects
    {
        /// <summary>The object a PSObject wraps; anything else as it is.</summary>
        public static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;

        /// <summary>As <see cref="Unwrap"/>, but a PSCustomObject stays wrapped, since its properties are on the wrapper.</summary>
        public static object? UnwrapData(object? value) => value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
    }
}
