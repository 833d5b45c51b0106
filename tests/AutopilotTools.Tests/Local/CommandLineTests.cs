using System;
using System.IO;
using System.Linq;
using AutopilotTools.Local;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The program's options.</summary>
    public sealed class CommandLineTests
    {
        [Fact]
        public void JobsTrainOnePerCoreUnlessTold()
        {
            LocalServerOptions defaults = CommandLine.Parse(Array.Empty<string>(), TextWriter.Null)!;
            LocalServerOptions none = CommandLine.Parse(new[] { "--max-concurrent-jobs", "0", "--auto-create-buckets" }, TextWriter.Null)!;

            Assert.Equal(Environment.ProcessorCount, defaults.MaxConcurrentJobs);
            Assert.Equal((0, true), (none.MaxConcurrentJobs, none.AutoCreateBuckets));
            var error = Assert.Throws<ArgumentException>(() => CommandLine.Parse(new[] { "--max-concurrent-jobs", "-1" }, TextWriter.Null));
            Assert.Equal("--max-concurrent-jobs must be a number from 0 to 64, not '-1'.", error.Message);
            Assert.Contains("--max-concurrent-jobs", CommandLine.Usage);
        }

        [Fact]
        public void TheProgramCreatesBucketsOnFirstWriteUnlessToldNotTo()
        {
            Assert.True(CommandLine.Parse(Array.Empty<string>(), TextWriter.Null)!.AutoCreateBuckets);
            Assert.True(CommandLine.Parse(new[] { "--auto-create-buckets" }, TextWriter.Null)!.AutoCreateBuckets);
            Assert.False(CommandLine.Parse(new[] { "--no-auto-create-buckets" }, TextWriter.Null)!.AutoCreateBuckets);
            Assert.Contains("--no-auto-create-buckets", CommandLine.Usage);
        }

        [Fact]
        public void FaultInjectionIsOffUnlessAskedFor()
        {
            LocalServerOptions defaults = CommandLine.Parse(Array.Empty<string>(), TextWriter.Null)!;
            LocalServerOptions asked = CommandLine.Parse(new[] { "--fault-injection", "--port", "0" }, TextWriter.Null)!;

            Assert.Equal((false, true), (defaults.FaultInjection, asked.FaultInjection));
            Assert.False(new LocalServerOptions().FaultInjection);
            Assert.Contains("--fault-injection", CommandLine.Usage);
        }

        [Fact]
        public void TheServerBindsLoopbackUnlessTold()
        {
            Assert.Equal("127.0.0.1", CommandLine.Parse(Array.Empty<string>(), TextWriter.Null)!.Host);
            Assert.Equal("127.0.0.1", new LocalServerOptions().Host);
        }
        [Fact]
        public void AccessKeysComeFromOptionsTheEnvironmentAndAFile()
        {
            string file = Path.GetTempFileName();
            File.WriteAllLines(file, new[] { "# team keys", "AKIDFILE:file/secret+1", string.Empty });
            try
            {
                LocalServerOptions options = CommandLine.Parse(
                    new[] { "--access-key", "AKIDOPTION:opt:with:colons", "--credentials-file", file },
                    TextWriter.Null,
                    name => name == "AUTOPILOT_LOCAL_CREDENTIALS" ? "AKIDENV1:e1, AKIDENV2:e2" : null)!;

                Assert.Equal(
                    new[] { ("AKIDOPTION", "opt:with:colons"), ("AKIDFILE", "file/secret+1"), ("AKIDENV1", "e1"), ("AKIDENV2", "e2") },
                    options.Credentials.Select(c => (c.AccessKeyId, c.SecretAccessKey)));
                Assert.Equal("AKIDOPTION", options.Credentials[0].ToString());
                Assert.Empty(CommandLine.Parse(Array.Empty<string>(), TextWriter.Null, _ => null)!.Credentials);
                Assert.Contains("--access-key", CommandLine.Usage);
                Assert.Contains("AUTOPILOT_LOCAL_CREDENTIALS", CommandLine.Usage);
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public void ABadAccessKeyIsRefusedWithoutRepeatingItsSecret()
        {
            var alone = Assert.Throws<ArgumentException>(() => CommandLine.Parse(new[] { "--access-key", "JustASecretPastedAlone" }, TextWriter.Null, _ => null));
            var noSecret = Assert.Throws<ArgumentException>(() => CommandLine.Parse(Array.Empty<string>(), TextWriter.Null, _ => "AKIDOK:s1 AKIDBAD:"));
            var badId = Assert.Throws<ArgumentException>(() => CommandLine.Parse(new[] { "--access-key", "AK/ID:TopSecret9" }, TextWriter.Null, _ => null));

            Assert.Contains("--access-key must be ACCESS_KEY_ID:SECRET_ACCESS_KEY", alone.Message);
            Assert.DoesNotContain("JustASecretPastedAlone", alone.Message);
            Assert.Contains("AUTOPILOT_LOCAL_CREDENTIALS (pair 2)", noSecret.Message);
            Assert.DoesNotContain("s1", noSecret.Message);
            Assert.DoesNotContain("TopSecret9", badId.Message);
        }

        [Fact]
        public void OnlyStartAutoMLLocalServerRunsItSessionOwned()
        {
            Assert.False(CommandLine.Parse(Array.Empty<string>(), TextWriter.Null)!.SessionOwned);
            Assert.True(CommandLine.Parse(new[] { "--session-owned", "--port", "0" }, TextWriter.Null)!.SessionOwned);
            Assert.Contains("--session-owned", CommandLine.Usage);
        }
    }
}
