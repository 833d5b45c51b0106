using System;
using System.Collections.Generic;
using System.IO;
using AutopilotTools.Local.Hosting.Authentication;
using AutopilotTools.Local.SageMaker.Validation;

namespace AutopilotTools.Local
{
    /// <summary>How a <see cref="LocalServer"/> runs; the command line sets the same members.</summary>
    public sealed class LocalServerOptions
    {
        /// <summary>
        /// The address to bind. Loopback by default; any other address needs <see cref="Credentials"/>, or the server
        /// refuses to start: anyone who reached the port could otherwise read and delete every object and job.
        /// </summary>
        public string Host { get; set; } = "127.0.0.1";

        /// <summary>The port; 0 lets the operating system pick a free one (see <see cref="LocalServer.Port"/>).</summary>
        public int Port { get; set; }

        public string DataDirectory { get; set; } = DefaultDataDirectory;

        /// <summary>The region in ARNs and bucket locations; clients may sign for any region, unless the server has <see cref="Credentials"/>.</summary>
        public string Region { get; set; } = "us-east-1";

        /// <summary>
        /// Create a bucket on the first write to it. Locally there is no account to own buckets, so a session started
        /// with Start-AutoMLLocalServer writes where its job's output path says. The program turns it on unless given
        /// --no-auto-create-buckets (see <see cref="CommandLine"/>); a host that embeds the server (the tests) gets
        /// S3's own NoSuchBucket unless it asks.
        /// </summary>
        public bool AutoCreateBuckets { get; set; }

        /// <summary>
        /// How many AutoML jobs train at once; the others wait InProgress/Starting. One per core by default, since a
        /// training keeps a core busy. 0 accepts jobs without training them (they wait until stopped).
        /// </summary>
        public int MaxConcurrentJobs { get; set; } = Environment.ProcessorCount;

        /// <summary>
        /// Where optional engines are (see <see cref="AutoML.Problems.EngineAssemblies"/>): by default the
        /// <c>engines</c> folder beside the server, where an installed optional engine puts itself.
        /// </summary>
        public string EnginesDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "engines");

        /// <summary>
        /// Test-only: serve <c>/_autopilot/faults</c>, where a test sets the rate and kinds of faults (throttling, 500,
        /// 503, slow responses, dropped connections) that requests get before they are served. Off by default; when off,
        /// nothing about faults is routed and that path is an ordinary (invalid) S3 bucket.
        /// </summary>
        public bool FaultInjection { get; set; }

        /// <summary>
        /// The access keys whose AWS Signature Version 4 the server accepts. Empty (the default): no request is checked,
        /// which is safe on loopback only. With any: every request, the health check and fault admin included, must be
        /// signed by one of them, for the server's <see cref="Region"/>.
        /// </summary>
        public IList<LocalServerCredential> Credentials { get; } = new List<LocalServerCredential>();

        /// <summary>
        /// The program runs for a shell session (Start-AutoMLLocalServer): the terminal's Ctrl+C is not for it, and it
        /// stops when standard input closes. Only the program reads this; see SessionOwnership.
        /// </summary>
        public bool SessionOwned { get; set; }

        /// <summary>Checks SageMaker requests before any operation runs; see <see cref="IRequestValidator"/>.</summary>
        public IRequestValidator Validator { get; set; } = new SharedCoreValidator();

        /// <summary>Where unexpected failures are reported (stderr for the program); null to stay silent.</summary>
        public TextWriter? Diagnostics { get; set; }

        public TimeProvider Clock { get; set; } = TimeProvider.System;

        /// <summary>What loads endpoints' models; null for the server's own. A seam for tests, deliberately not public.</summary>
        internal ModelHosting.IModelHost? ModelHost { get; set; }

        /// <summary>A folder under the user's local application data, so state survives between runs without setup.</summary>
        public static string DefaultDataDirectory =>
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "AutopilotTools", "LocalServer");
    }
}
