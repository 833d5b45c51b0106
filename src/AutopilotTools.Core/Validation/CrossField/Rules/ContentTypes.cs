using System.Collections.Generic;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>The content types each problem type reads and its default, as the seeds list them under ContentType.</summary>
    internal static class ContentTypes
    {
        public const string Csv = "text/csv;header=present";

        public const string Parquet = "x-application/vnd.amazon+parquet";

        public const string AnyImage = "image/*";

        private static readonly IReadOnlyList<string> Tables = new[] { Csv, Parquet };

        private static readonly IReadOnlyList<string> Images = new[] { "image/png", "image/jpeg", AnyImage };

        /// <summary>The allowed content types; null when the problem type is unknown.</summary>
        public static IReadOnlyList<string>? AllowedFor(ProblemKind problem) => problem == ProblemKind.Unknown
            ? null
            : problem == ProblemKind.ImageClassification ? Images : Tables;

        /// <summary>The content type the service assumes when a channel gives none.</summary>
        public static string Effective(string? given, ProblemKind problem) => given ?? (problem == ProblemKind.ImageClassification ? AnyImage : Csv);
    }
}
