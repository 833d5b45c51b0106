using System.Management.Automation;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Reads the session defaults that AWS Tools for PowerShell users already set with Set-DefaultAWSRegion and
    /// Set-AWSCredential. Their objects come from another copy of the SDK, so they are read by shape, not by type.
    /// </summary>
    internal static class SessionDefaults
    {
        public static string? Region(SessionState session)
        {
            object? value = Unwrap(session.PSVariable.GetValue("StoredAWSRegion"));
            if (value == null || value is string)
            {
                return value as string;
            }

            // A RegionEndpoint (of any SDK copy) prints its display name; its SystemName is what we need.
            return value.GetType().GetProperty("SystemName")?.GetValue(value) as string ?? value.ToString();
        }

        public static object? Credentials(SessionState session) => Unwrap(session.PSVariable.GetValue("StoredAWSCredentials"));

        private static object? Unwrap(object? value) => value is PSObject wrapped ? wrapped.BaseObject : value;
    }
}
