using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Hosting.Streams
{
    /// <summary>
    /// A request body read once, front to back (decoded or checked on the way): no length, no seeking, no writing.
    /// Subclasses give <see cref="ReadAsync(Memory{byte}, CancellationToken)"/>; the other reads go through it.
    /// </summary>
    internal abstract class ForwardOnlyReadStream : Stream
    {
        public sealed override bool CanRead => true;

        public sealed override bool CanSeek => false;

        public sealed override bool CanWrite => false;

        public sealed override long Length => throw new NotSupportedException();

        public sealed override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public abstract override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default);

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public sealed override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public sealed override void Flush()
        {
        }

        public sealed override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public sealed override void SetLength(long value) => throw new NotSupportedException();

        public sealed override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
