using System.Threading;
using AutopilotTools.Local.AutoML.Forecasting.Data;

namespace AutopilotTools.Local.AutoML.Forecasting.Algorithms
{
    /// <summary>One of Autopilot's forecasting algorithms as the local engine stands it in.</summary>
    internal interface IForecaster
    {
        /// <summary>The Autopilot algorithm name (<c>npts</c>, <c>ets</c>, …).</summary>
        string Algorithm { get; }

        /// <summary>What actually forecasts, so nobody mistakes it for the original.</summary>
        string StandIn { get; }

        /// <summary>Learns what is learnt across series (a global model); a local model fits each series when it forecasts.</summary>
        IForecastModel Fit(SeriesSet history, ForecastContext context, CancellationToken cancellationToken);

        /// <summary>A model <see cref="IForecastModel.Save"/> wrote.</summary>
        IForecastModel Load(string directory, ForecastContext context);
    }

    /// <summary>A fitted forecaster: forecasts the horizon after a series' history. Used from many threads at once.</summary>
    internal interface IForecastModel
    {
        QuantileForecast Forecast(Series series, SeriesSet set);

        /// <summary>Writes what <see cref="IForecaster.Load"/> needs into a directory of its own.</summary>
        void Save(string directory);
    }
}
