using System;
using AutopilotTools.Local.AutoML.Forecasting.Algorithms;
using AutopilotTools.Local.AutoML.Forecasting.Metrics;

namespace AutopilotTools.Local.AutoML.Forecasting.Training
{
    /// <summary>One algorithm's backtest: its forecasts of the window and their metrics, or why it failed.</summary>
    internal sealed class AlgorithmBacktest
    {
        public AlgorithmBacktest(string algorithm, string standIn)
        {
            Algorithm = algorithm;
            StandIn = standIn;
        }

        public string Algorithm { get; }

        public string StandIn { get; }

        public QuantileForecast[]? Forecasts { get; set; }

        public ForecastMetrics? Metrics { get; set; }

        public string? Failure { get; set; }

        /// <summary>Whether it failed for running over MaxRuntimePerTrainingJobInSeconds (<see cref="Failure"/> says so).</summary>
        public bool OverRuntimeLimit { get; set; }

        public double Weight { get; set; }

        public TimeSpan Time { get; set; }
    }
}
