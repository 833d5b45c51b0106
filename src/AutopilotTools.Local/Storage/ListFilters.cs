using System;
using AutopilotTools.Json;

namespace AutopilotTools.Local.Storage
{
    /// <summary>The filters SageMaker's listings share: part of a name, and time windows whose bounds are exclusive.</summary>
    internal static class ListFilters
    {
        /// <summary>A case-insensitive part of the name; LIKE is case-insensitive for ASCII, which is all SageMaker names hold.</summary>
        public static KeysetQuery NameContains(this KeysetQuery select, string column, string? part)
        {
            if (string.IsNullOrEmpty(part))
            {
                return select;
            }

            // \ escapes LIKE's own wildcards, so "a_b" matches only "a_b".
            string escaped = part.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
            return select.Where($"{column} LIKE $contains ESCAPE '\\'", ("$contains", "%" + escaped + "%"));
        }

        public static KeysetQuery TimeAfter(this KeysetQuery select, string column, DateTime? bound) => Time(select, column, ">", "_after", bound);

        public static KeysetQuery TimeBefore(this KeysetQuery select, string column, DateTime? bound) => Time(select, column, "<", "_before", bound);

        private static KeysetQuery Time(KeysetQuery select, string column, string comparison, string suffix, DateTime? bound)
        {
            if (!bound.HasValue)
            {
                return select;
            }

            string parameter = "$" + column + suffix;
            return select.Where($"{column} {comparison} {parameter}", (parameter, EpochSecondsConverter.ToEpochSeconds(bound.Value)));
        }
    }
}
