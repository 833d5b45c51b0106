using System;
using System.Globalization;
using System.Management.Automation;

namespace AutopilotTools.Infrastructure
{
    /// <summary>
    /// Lets a TimeSpan parameter take a plain number as seconds (-Timeout 600), as users write it; PowerShell would
    /// otherwise read a number as ticks. TimeSpans and "hh:mm:ss" text pass through.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class SecondsTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = PSObjects.Unwrap(inputData);
            switch (value)
            {
                case int seconds:
                    return TimeSpan.FromSeconds(seconds);
                case long seconds:
                    return TimeSpan.FromSeconds(seconds);
                case double seconds:
                    return TimeSpan.FromSeconds(seconds);
                case decimal seconds:
                    return TimeSpan.FromSeconds((double)seconds);
                case string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds):
                    return TimeSpan.FromSeconds(seconds);
                default:
                    return inputData;
            }
        }
    }
}
