using System;
using System.Globalization;
using System.Linq;
using AutopilotTools.Local.Storage;
using Microsoft.AspNetCore.Http;

namespace AutopilotTools.Local.S3
{
    /// <summary>
    /// If-Match, If-None-Match, If-Modified-Since and If-Unmodified-Since on GET and HEAD, with S3's precedence.
    /// Downloaders use If-Match on ranged GETs so that an object replaced midway is noticed.
    /// </summary>
    internal static class Preconditions
    {
        /// <summary>Null to go on; 304 (not modified) to answer without a body; throws PreconditionFailed (412).</summary>
        public static int? Check(HttpRequest request, ObjectRecord record)
        {
            string ifMatch = request.Headers.IfMatch.ToString();
            string ifNoneMatch = request.Headers.IfNoneMatch.ToString();
            DateTime modified = TruncateToSeconds(record.LastModified);
            bool matchGiven = ifMatch.Length > 0;
            if (matchGiven && !Matches(ifMatch, record.ETag))
            {
                throw Failed("If-Match");
            }

            if (!matchGiven && Date(request.Headers.IfUnmodifiedSince) is DateTime unmodifiedSince && modified > unmodifiedSince)
            {
                throw Failed("If-Unmodified-Since");
            }

            if (ifNoneMatch.Length > 0)
            {
                return Matches(ifNoneMatch, record.ETag) ? StatusCodes.Status304NotModified : null;
            }

            if (Date(request.Headers.IfModifiedSince) is DateTime modifiedSince && modified <= modifiedSince)
            {
                return StatusCodes.Status304NotModified;
            }

            return null;
        }

        private static bool Matches(string header, string etag) =>
            header.Split(',').Select(t => t.Trim()).Any(t => t == "*" || t.Trim('"') == etag.Trim('"'));

        private static DateTime? Date(string? header) =>
            DateTime.TryParse(header, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime value) ? value : null;

        private static DateTime TruncateToSeconds(DateTime value) => new DateTime(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

        private static S3Error Failed(string condition) =>
            new S3Error(412, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold", ("Condition", condition));
    }
}
