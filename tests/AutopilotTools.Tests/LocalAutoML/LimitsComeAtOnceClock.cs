using System;
using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>
    /// The system's clock, except that the first <c>count</c> timers set for <c>due</c> fire as they are set (on the
    /// caller's thread, so a limit made with one has run out before any training starts, however fast it is); the
    /// others never fire.
    /// </summary>
    internal sealed class LimitsComeAtOnceClock : TimeProvider
    {
        private readonly TimeSpan _due;
        private int _left;

        public LimitsComeAtOnceClock(TimeSpan due, int count = int.MaxValue)
        {
            _due = due;
            _left = count;
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            if (dueTime == _due && Interlocked.Decrement(ref _left) >= 0)
            {
                callback(state);
            }

            return new NoTimer();
        }

        private sealed class NoTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;

            public void Dispose()
            {
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
