using System;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace AutopilotTools.Local.SageMaker
{
    /// <summary>
    /// Names of resources to move along after an operation has answered, worked through one at a time in the order
    /// queued (so one resource's changes stay in order). A failure is reported and the queue goes on; disposing stops
    /// the wait and the work under way, and the next start of the server queues what was left.
    /// </summary>
    internal sealed class BackgroundQueue : IAsyncDisposable
    {
        private readonly Channel<string> _queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly Func<string, CancellationToken, Task> _work;
        private readonly Action<string, Exception> _failed;
        private readonly Task _loop;

        /// <param name="work">Moves the named resource along; its token is cancelled when the queue is disposed.</param>
        /// <param name="failed">Reports what <paramref name="work"/> threw for that name.</param>
        public BackgroundQueue(Func<string, CancellationToken, Task> work, Action<string, Exception> failed)
        {
            _work = work;
            _failed = failed;
            _loop = Task.Run(RunAsync);
        }

        public void Enqueue(string name) => _queue.Writer.TryWrite(name);

        public async ValueTask DisposeAsync()
        {
            _queue.Writer.TryComplete();
            _stopping.Cancel();
            try
            {
                await _loop;
            }
            catch (OperationCanceledException)
            {
            }

            _stopping.Dispose();
        }

        private async Task RunAsync()
        {
            await foreach (string name in _queue.Reader.ReadAllAsync(_stopping.Token))
            {
                try
                {
                    await _work(name, _stopping.Token);
                }
                catch (Exception error) when (error is not OperationCanceledException || !_stopping.IsCancellationRequested)
                {
                    _failed(name, error);
                }
            }
        }
    }
}
