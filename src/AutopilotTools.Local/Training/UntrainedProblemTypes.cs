using AutopilotTools.Model;

namespace AutopilotTools.Local.Training
{
    /// <summary>Why the local server does not train a problem type that no registered engine trains.</summary>
    internal static class UntrainedProblemTypes
    {
        /// <summary>How a user adds the optional engine of pretrained encoders (text and image classification).</summary>
        public const string OptionalEngineInstall = "Install-PSResource AutopilotTools.Pretrained";

        public static string Reason(string? configName) => configName switch
        {
            AutoMLProblemTypeConfigName.TextGeneration =>
                "The local Autopilot server does not train TextGeneration jobs: they fine-tune a large language model of billions of parameters, " +
                "and no base model can be had offline nor fine-tuned on a few CPU cores. Run this job on SageMaker.",
            AutoMLProblemTypeConfigName.TextClassification or AutoMLProblemTypeConfigName.ImageClassification =>
                $"The local Autopilot server trains {configName} jobs with its optional engine of pretrained encoders, which is not installed. " +
                $"Install it with '{OptionalEngineInstall}' and start the server again.",
            null => "The request names no problem type the local Autopilot server trains.",
            _ => $"The local Autopilot server does not train {configName} jobs yet. Run this job on SageMaker, or give it a TabularJobConfig.",
        };
    }
}
