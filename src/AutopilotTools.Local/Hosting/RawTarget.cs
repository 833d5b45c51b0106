using System;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace AutopilotTools.Local.Hosting
{
    /// <summary>
    /// The request path exactly as sent. ASP.NET Core's decoded <c>Request.Path</c> drops dot segments and keeps
    /// <c>%2F</c> encoded; S3 keys may hold both (<c>a/../b</c>, <c>a%2Fb</c>), so S3 routing works on the raw target.
    /// </summary>
    internal static class RawTarget
    {
        public static string Path(HttpContext context)
        {
            string raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
            int query = raw.IndexOf('?');
            string path = query < 0 ? raw : raw.Substring(0, query);
            if (path.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || path.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                // Absolute-form request target (as sent through a proxy): keep only the path.
                int slash = path.IndexOf('/', path.IndexOf("//", StringComparison.Ordinal) + 2);
                path = slash < 0 ? "/" : path.Substring(slash);
            }

            return path.Length == 0 ? "/" : path;
        }
    }
}
