using System.Collections.Generic;

namespace AutopilotTools.Validation.CrossField
{
    /// <summary>
    /// One rule the documentation states over several members of a job request (or tighter than the model's
    /// shapes). Rules read the request through <see cref="AutoMLJobView"/>, so one rule serves both APIs, and must
    /// tolerate anything missing: the shape checks have already reported that.
    /// </summary>
    internal interface ICrossFieldRule
    {
        IEnumerable<ValidationError> Check(AutoMLJobView job);
    }
}
