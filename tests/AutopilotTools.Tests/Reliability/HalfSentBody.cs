using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Tests.Reliability
{
    /// <summary>
    /// A request body that declares its whole length but sends only the first part of it, then waits: an upload caught
    /// in flight, for tests that kill the server while it is receiving one.
    /// </summary>
    internal sealed class HalfSentBody : HttpContent
    {
        private readonly long _declared;
        private readonly long _sent;
        private readonly CancellationToken _hold;

        /// <param name="hold">Cancelled when the test is done with the request; until then the rest is never sent.</param>
        public HalfSentBody(long declared, long sent, CancellationToken hold)
        {
            _declared = declared;
            _sent = sent;
            _hold = hold;
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            byte[] chunk = new byte[64 * 1024];
            new Random(1).NextBytes(chunk);
            for (long written = 0; written < _sent; written += chunk.Length)
            {
                await stream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, _sent - written)));
            }

            await stream.FlushAsync();
            await Task.Delay(Timeout.Infinite, _hold);
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _declared;
            return true;
        }
    }
}
