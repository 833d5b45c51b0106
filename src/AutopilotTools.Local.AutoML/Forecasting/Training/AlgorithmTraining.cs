using AutopilotTools.Local.AutoML.Forecasting.Algorithms;

namespace AutopilotTools.Local.AutoML.Forecasting.Training
{
    /// <summary>
    /// What one algorithm's training (a candidate of the job's) ends with: its backtest, and its model refitted on all
    /// the data, or null when it failed (its backtest says why).
    /// </summary>
    internal sealed class AlgorithmTraining
    {
        public AlgorithmTraining(AlgorithmBacktest backtest, IForecastModel? refit)
        {
            Backtest = backtest;
            Refit = refit;
        }

        public AlgorithmBacktest Backtest { get; }

        public IForecastModel? Refit { get; }
    }
}
