using System.Threading;
using System.Threading.Tasks;

namespace AutopilotTools.Local.Storage
{
    /// <summary>
    /// The training jobs behind candidates (each candidate's <c>AWS::SageMaker::TrainingJob</c> step). Training writes
    /// one as its candidate is saved, and again when the job's outcome completes it; nothing else changes them.
    /// </summary>
    internal interface ITrainingJobStore
    {
        /// <summary>Adds or replaces a training job; its AutoML job must exist.</summary>
        Task PutAsync(TrainingJobRecord trainingJob, CancellationToken cancellationToken);

        /// <summary>The training job of that name in any casing, or null.</summary>
        Task<TrainingJobRecord?> GetAsync(string name, CancellationToken cancellationToken);
    }
}
