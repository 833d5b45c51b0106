using System;

namespace AutopilotTools
{
    /// <summary>
    /// Which of two candidates is better, the one order that both the job's best candidate and a listing sorted best
    /// first follow: the better objective value first (higher for a maximized objective, lower for a minimized one),
    /// and among equal values the candidate whose name sorts first in that same direction, as
    /// ListCandidatesForAutoMLJob sorted by FinalObjectiveMetricValue breaks ties (by name, ordinally, in the
    /// direction of the sort). So the candidate -Best gives is the first one such a listing shows, ties included.
    /// </summary>
    public static class CandidateRanking
    {
        /// <summary>Negative when candidate a ranks before (is better than) candidate b, positive when after.</summary>
        public static int Compare(double valueA, string nameA, double valueB, string nameB, bool minimized)
        {
            int ascending = valueA.CompareTo(valueB);
            if (ascending == 0)
            {
                ascending = string.CompareOrdinal(nameA, nameB);
            }

            return minimized ? ascending : -ascending;
        }

    }
}
