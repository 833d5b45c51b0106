using System.Collections;

namespace AutopilotTools.Bench.Wire
{
    /// <summary>The region and test credentials every client in the benchmarks uses; servers here check no signature.</summary>
    internal static class BenchConnection
    {
        public const string Region = "eu-west-3";
        public const string AccessKey = "AKIDBENCHEXAMPLE";
        public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYBENCHKEY";

        /// <summary>-Credential as users pass it most simply: a hashtable.</summary>
        public static Hashtable CredentialTable() => new Hashtable { ["AccessKey"] = AccessKey, ["SecretKey"] = SecretKey };
    }
}
