using System;

namespace AutopilotTools.Local.ModelHosting
{
    /// <summary>
    /// The images of the models the local server trains: <c>autopilot-local/&lt;algorithm&gt;</c> (lightgbm, xgboost,
    /// randomforest, extra-trees, linear-learner, ensemble). They name no container: the server itself runs them.
    /// </summary>
    internal static class LocalImages
    {
        public const string Prefix = "autopilot-local/";

        public static string For(string algorithm) => Prefix + algorithm;

        public static bool IsLocal(string? image) => image != null && image.StartsWith(Prefix, StringComparison.Ordinal) && image.Length > Prefix.Length;
    }
}
