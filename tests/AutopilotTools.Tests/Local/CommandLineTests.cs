using System;
using System.IO;
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
        public void OnlyStartAutoMLLocalServerRunsItSessionOwned()
        {
            Assert.False(CommandLine.Parse(Array.Empty<string>(), TextWriter.Null)!.SessionOwned);
            Assert.True(CommandLine.Parse(new[] { "--session-owned", "--port", "0" }, TextWriter.Null)!.SessionOwned);
            Assert.Contains("--session-owned", CommandLine.Usage);
        }
    }
}
