using System;
using System.Threading.Tasks;
using AutopilotTools.Bench.Harness;

namespace AutopilotTools.Bench.Servers
{
    /// <summary>
    /// The child side of <see cref="ChildServer"/>: serves until the parent closes stdin (or, should the parent vanish
    /// without closing it, for at most a quarter of an hour).
    /// </summary>
    internal static class ServerChild
    {
        public const string PagesKind = "serve-pages";

        private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

        public static async Task ServePagesAsync(int jobCount, string namePrefix)
        {
            await using CannedServer server = await CannedServer.StartAsync(new PagedJobsHandler { JobCount = jobCount, NamePrefix = namePrefix }.Handle);
            Console.Out.WriteLine(ChildServer.UrlPrefix + server.Url);
            Console.Out.Flush();
            await Task.WhenAny(Console.In.ReadToEndAsync(), Task.Delay(Lifetime));
        }
    }
}
