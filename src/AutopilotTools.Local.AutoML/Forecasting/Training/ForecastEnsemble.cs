using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Local.AutoML.Forecasting.Algorithms;
using AutopilotTools.Local.AutoML.Forecasting.Data;

namespace AutopilotTools.Local.AutoML.Forecasting.Training
{
    /// <summary>Fitted models and their weights: the job's candidate, forecasting what its members forecast, averaged quantile by quantile.</summary>
    internal sealed class ForecastEnsemble
    {
        public ForecastEnsemble(IReadOnlyList<(string Algorithm, IForecastModel Model, double Weight)> members, ForecastContext context)
        {
            Members = members;
            Context = context;
        }

        public IReadOnlyList<(string Algorithm, IForecastModel Model, double Weight)> Members { get; }

        public ForecastContext Context { get; }

        /// <summary>Every series' forecast, in the set's order.</summary>
        public QuantileForecast[] Forecast(SeriesSet set)
        {
            var forecasts = new QuantileForecast[set.Series.Count];
            Parallel.For(0, forecasts.Length, i => forecasts[i] = QuantileForecast.Average(
                Members.Select(m => (m.Model.Forecast(set.Series[i], set), m.Weight)).ToList(), Context));
            return forecasts;
        }

        /// <summary>Every series' forecast by one model, in the set's order.</summary>
        public static QuantileForecast[] ForecastAll(IForecastModel model, SeriesSet set)
        {
            var forecasts = new QuantileForecast[set.Series.Count];
            Parallel.For(0, forecasts.Length, i => forecasts[i] = model.Forecast(set.Series[i], set));
            return forecasts;
        }
    }
}
