using System;

namespace AutopilotTools.Tests.Local
{
    /// <summary>A clock the test moves, so creation and modification times (and filters on them) are exact.</summary>
    public sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now;

        public ManualClock(DateTimeOffset start) => _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public DateTime Advance(TimeSpan by)
        {
            _now += by;
            return _now.UtcDateTime;
        }
    }
}
