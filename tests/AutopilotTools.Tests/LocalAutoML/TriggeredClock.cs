using System;
using System.Collections.Generic;
using System.Threading;

namespace AutopilotTools.Tests.LocalAutoML
{
    /// <summary>
    /// A clock whose timers fire only when the test says, so a time limit comes at a chosen point of a run however busy
    /// the machine is (a real 4-second limit finished no candidate at all under load).
    /// </summary>
    internal sealed class TriggeredClock : TimeProvider
    {
        private readonly List<Timer> _timers = new();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new Timer(callback, state);
            lock (_timers)
            {
                _timers.Add(timer);
            }

            return timer;
        }

        /// <summary>Fires every timer made so far (once each): their due time has come.</summary>
        public void Fire()
        {
            Timer[] timers;
            lock (_timers)
            {
                timers = _timers.ToArray();
            }

            foreach (Timer timer in timers)
            {
                timer.Fire();
            }
        }

        private sealed class Timer : ITimer
        {
            private readonly TimerCallback _callback;
            private readonly object? _state;
            private int _done;

            public Timer(TimerCallback callback, object? state)
            {
                _callback = callback;
                _state = state;
            }

            public void Fire()
            {
                if (Interlocked.Exchange(ref _done, 1) == 0)
                {
                    _callback(_state);
                }
            }

            public bool Change(TimeSpan dueTime, TimeSpan period) => _done == 0;

            public void Dispose() => Interlocked.Exchange(ref _done, 1);

            public System.Threading.Tasks.ValueTask DisposeAsync()
            {
                Dispose();
                return default;
            }
        }
    }
}
