using System.Collections.Generic;

namespace AutopilotTools.Local.AutoML
{
    /// <summary>How the local engine treats one Autopilot algorithm name: what trains it, or why it is refused.</summary>
    public sealed class AlgorithmSupport
    {
        internal AlgorithmSupport(string name, bool isSupported, string implementation, IReadOnlyList<string> serviceModes)
        {
            Name = name;
            IsSupported = isSupported;
            Implementation = implementation;
            ServiceModes = serviceModes;
        }

        /// <summary>The Autopilot algorithm name.</summary>
        public string Name { get; }

        /// <summary>True when the engine trains it; false when it refuses it.</summary>
        public bool IsSupported { get; }

        /// <summary>The ML.NET trainer(s) and any approximation, or the reason for refusing.</summary>
        public string Implementation { get; }

        /// <summary>The modes in which the service accepts the algorithm (ENSEMBLING, HYPERPARAMETER_TUNING).</summary>
        public IReadOnlyList<string> ServiceModes { get; }

        /// <inheritdoc />
        public override string ToString() => $"{Name}: {(IsSupported ? "" : "refused: ")}{Implementation}";
    }
}
