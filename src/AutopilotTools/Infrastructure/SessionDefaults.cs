using System.Management.Automation;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Reads the session defaults that AWS Tools for PowerShell users already set with Set-DefaultAWSRegion and
    /// Set-AWSCredential. Their objects come from another copy of the SDK, so they are read by shape, not by type.
    /// </summary>
    internal static class SessionDefaults
    {
        public static string? Region(PSVariableIntrinsics variables) => Region(variables.GetValue("StoredAWSRegion"));

        public static object? Credentials(PSVariableIntrinsics variables) => Credentials(variables.GetValue("StoredAWSCredentials"));

        /// <summary>The region a $StoredAWSRegion value names.</summary>
        public static string? Region(object? storedRegion)
        {
            object? value = PSObjects.Unwrap(storedRegion);
            if (value == null || value is string)
            {
                return value as string;
            }

            // A RegionEndpoint (of any SDK copy) prints its display name; its SystemName is what we need.
            return value.GetType().GetProperty("SystemName")?.GetValue(value) as string ?? value.ToString();
        }

        /// <summary>The credentials object a $StoredAWSCredentials value holds.</summary>
        public static object? Credentials(object? storedCredentials) => PSObjects.Unwrap(storedCredentials);
    }
}
