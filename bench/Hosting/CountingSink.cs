using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace AutopilotTools.Bench.Hosting
{
    /// <summary>
    /// The end of a listing pipeline: counts objects and keeps none, so the pipeline holds only what the cmdlet
    /// holds. It notes when the first object arrived and, when asked, the live managed heap after a full collection
    /// every <see cref="ProbeEvery"/> objects (a page), which is the memory the listing really keeps.
    /// </summary>
    internal sealed class CountingSink
    {
        private readonly long _baselineBytes;
        private readonly List<long> _probes = new List<long>();

        /// <param name="probeEvery">0 to only count; else a full GC and a heap reading every this many objects.</param>
        public CountingSink(int probeEvery = 0)
        {
            ProbeEvery = probeEvery;
            if (probeEvery > 0)
            {
                _baselineBytes = GC.GetTotalMemory(forceFullCollection: true);
            }

            Clock = Stopwatch.StartNew();
        }

        public int ProbeEvery { get; }

        public Stopwatch Clock { get; }

        public long Count { get; private set; }

        /// <summary>When the first object arrived, since the sink was made (just before the pipeline started).</summary>
        public TimeSpan? FirstObjectAt { get; private set; }

        /// <summary>The largest live heap above the baseline seen at a probe, in bytes.</summary>
        public long PeakLiveBytesAboveBaseline { get; private set; }

        /// <summary>The live heap above the baseline at each probe, in order.</summary>
        public IReadOnlyList<long> LiveBytesAtProbes => _probes;

        public void Take(object? item)
        {
            FirstObjectAt ??= Clock.Elapsed;
            Count++;
            if (ProbeEvery > 0 && Count % ProbeEvery == 0)
            {
                GC.KeepAlive(item);
                long live = GC.GetTotalMemory(forceFullCollection: true) - _baselineBytes;
                PeakLiveBytesAboveBaseline = Math.Max(PeakLiveBytesAboveBaseline, live);
                _probes.Add(live);
            }
        }

        public static SessionStateCmdletEntry Entry => new SessionStateCmdletEntry("Measure-BenchSink", typeof(MeasureBenchSinkCommand), null);
    }

    /// <summary>`... | Measure-BenchSink -Sink $sink`: hands each object to the sink and writes nothing.</summary>
    [Cmdlet(VerbsDiagnostic.Measure, "BenchSink")]
    public sealed class MeasureBenchSinkCommand : Cmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        public object? InputObject { get; set; }

        [Parameter(Mandatory = true)]
        public object Sink { get; set; } = null!;

        protected override void ProcessRecord() => ((CountingSink)Sink).Take(InputObject);
    }
}
