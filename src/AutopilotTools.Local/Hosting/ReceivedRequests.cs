using System.Threading;

namespace AutopilotTools.Local.Hosting
{
    /// <summary>
    /// How many AWS requests (SageMaker, SageMaker Runtime, S3) the server received, health checks and the fault admin
    /// call aside: a test that input is refused before anything is sent counts what arrived here.
    /// </summary>
    internal sealed class ReceivedRequests
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public void Add() => Interlocked.Increment(ref _count);
    }
}
