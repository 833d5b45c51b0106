using System.Globalization;

namespace AutopilotTools.Local.AutoML.Tabular.Search
{
    /// <summary>
    /// Candidate names: <c>[prefix-]algorithm-NNN</c>, NNN counting candidates from 001 in training order. Kept within
    /// the service's 64 characters by shortening the prefix.
    /// </summary>
    internal sealed class CandidateNamer
    {
        private const int MaxLength = 64;
        private readonly string _prefix;

        public CandidateNamer(string? prefix) => _prefix = string.IsNullOrWhiteSpace(prefix) ? "" : prefix!.Trim();

        public string Name(string algorithm, int number)
        {
            var tail = algorithm + "-" + number.ToString("000", CultureInfo.InvariantCulture);
            if (_prefix.Length == 0) return tail;
            var room = MaxLength - tail.Length - 1;
            var prefix = _prefix.Length > room ? _prefix.Substring(0, room).TrimEnd('-') : _prefix;
            return prefix + "-" + tail;
        }
    }
}
