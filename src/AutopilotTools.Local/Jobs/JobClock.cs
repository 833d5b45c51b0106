using System;

namespace AutopilotTools.Local.Jobs
{
    /// <summary>
    /// Job times, cut to whole milliseconds: the service sends epoch seconds with three decimals, and a stored time
    /// must compare equal to the one a client read back and sends as a filter.
    /// </summary>
    internal static class JobClock
    {
        public static DateTime Now(TimeProvider clock)
        {
            DateTime now = clock.GetUtcNow().UtcDateTime;
            return new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        }
    }
}
