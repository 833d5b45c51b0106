using System.Globalization;

namespace AutopilotTools.Bench.Harness
{
    /// <summary>What a number measures, which decides how it is printed.</summary>
    internal enum Unit
    {
        Milliseconds,
        Microseconds,
        Seconds,
        Count,
        Megabytes,
        MegabytesPerSecond,
        RequestsPerSecond,
        Score,
    }

    /// <summary>A measured value with its unit.</summary>
    internal readonly record struct Figure(double Value, Unit Unit)
    {
        public static Figure Ms(double value) => new Figure(value, Unit.Milliseconds);

        public static Figure Us(double value) => new Figure(value, Unit.Microseconds);

        public static Figure Sec(double value) => new Figure(value, Unit.Seconds);

        public static Figure Count(double value) => new Figure(value, Unit.Count);

        public static Figure MB(double value) => new Figure(value, Unit.Megabytes);

        public static Figure MBps(double value) => new Figure(value, Unit.MegabytesPerSecond);

        public static Figure Rps(double value) => new Figure(value, Unit.RequestsPerSecond);

        public static Figure Score(double value) => new Figure(value, Unit.Score);

        public override string ToString()
        {
            CultureInfo c = CultureInfo.InvariantCulture;
            return Unit switch
            {
                Unit.Milliseconds => (Value >= 100 ? Value.ToString("N0", c) : Value.ToString("0.0#", c)) + " ms",
                Unit.Microseconds => Value.ToString("N0", c) + " µs",
                Unit.Seconds => Value.ToString("0.0", c) + " s",
                Unit.Count => Value == System.Math.Round(Value) ? Value.ToString("N0", c) : Value.ToString("N1", c),
                Unit.Megabytes => Value.ToString(Value < 1 ? "0.000" : "0.0#", c) + " MB",
                Unit.MegabytesPerSecond => Value.ToString("N0", c) + " MB/s",
                Unit.RequestsPerSecond => Value.ToString("N0", c) + " req/s",
                _ => Value.ToString("0.0000", c),
            };
        }
    }
}
