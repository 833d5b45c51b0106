using System;
using System.Collections.Generic;
using Xunit;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>Sets environment variables for one test and puts the old values back afterwards.</summary>
    public sealed class EnvironmentScope : IDisposable
    {
        private readonly Dictionary<string, string?> _previous = new Dictionary<string, string?>();

        public EnvironmentScope(params (string Name, string? Value)[] variables)
        {
            foreach ((string name, string? value) in variables)
            {
                _previous[name] = Environment.GetEnvironmentVariable(name);
                Environment.SetEnvironmentVariable(name, value);
            }
        }

        public void Dispose()
        {
            foreach (KeyValuePair<string, string?> variable in _previous)
            {
                Environment.SetEnvironmentVariable(variable.Key, variable.Value);
            }
        }
    }

    /// <summary>
    /// Tests that change process environment variables run alone: the engine and the SDK read them process-wide.
    /// </summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class EnvironmentVariablesCollection
    {
        public const string Name = "EnvironmentVariables";
    }
}
