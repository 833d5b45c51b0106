using System;
using System.Collections.Generic;
using System.Globalization;
using System.Reflection;

namespace AutopilotTools.Local.AutoML.Tabular.Algorithms
{
    /// <summary>
    /// Hyperparameters are named after the ML.NET option fields they set, so one body sets them on any trainer's
    /// options (or on the options' booster, where LightGBM keeps FeatureFraction), whatever the trainer's own options
    /// class, instead of the same assignments once per problem type.
    /// </summary>
    internal static class TrainerOptions
    {
        /// <summary>Sets each hyperparameter on the field of that name; returns <paramref name="options"/>.</summary>
        /// <exception cref="ArgumentException">A hyperparameter names no field: a search space out of step with ML.NET.</exception>
        public static T With<T>(T options, IReadOnlyDictionary<string, string> hyperparameters)
            where T : class
        {
            object? booster = typeof(T).GetField("Booster", BindingFlags.Public | BindingFlags.Instance)?.GetValue(options)
                ?? typeof(T).GetProperty("Booster", BindingFlags.Public | BindingFlags.Instance)?.GetValue(options);
            foreach (KeyValuePair<string, string> hyperparameter in hyperparameters)
            {
                (object target, FieldInfo field) = Find(options, hyperparameter.Key) ?? (booster == null ? null : Find(booster, hyperparameter.Key))
                    ?? throw new ArgumentException($"{typeof(T).Name} has no option {hyperparameter.Key}.", nameof(hyperparameters));
                Type type = Nullable.GetUnderlyingType(field.FieldType) ?? field.FieldType;
                field.SetValue(target, Convert.ChangeType(hyperparameter.Value, type, CultureInfo.InvariantCulture));
            }

            return options;
        }

        private static (object, FieldInfo)? Find(object target, string name) =>
            target.GetType().GetField(name, BindingFlags.Public | BindingFlags.Instance) is FieldInfo field ? (target, field) : null;
    }
}
