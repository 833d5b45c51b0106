namespace AutopilotTools.Local.AutoML.Problems
{
    /// <summary>
    /// A job's objective as the engine resolved it (given, defaulted or inferred with the problem type): reported in
    /// progress as soon as it is known, so candidates saved while the job runs are described with it.
    /// </summary>
    /// <param name="MetricName">An <c>AutoMLMetricEnum</c> name.</param>
    /// <param name="ObjectiveType"><c>Maximize</c> or <c>Minimize</c>.</param>
    /// <param name="ProblemType">For tabular jobs the resolved <c>ProblemType</c>; otherwise the problem type's config name.</param>
    public sealed record ResolvedObjective(string MetricName, string ObjectiveType, string ProblemType);
}
