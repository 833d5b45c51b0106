namespace AutopilotTools.Resources
{
    /// <summary>
    /// The stable ErrorIds of the module's ErrorRecords. Each is also the key of its message in Strings.resx, so a
    /// script that matches on FullyQualifiedErrorId and a user reading the message see the same thing named.
    /// </summary>
    internal static class ErrorIds
    {
        public const string NoRegion = nameof(NoRegion);

        public const string NoCredentials = nameof(NoCredentials);

        public const string ProfileNotFound = nameof(ProfileNotFound);

        public const string InvalidEndpointUrl = nameof(InvalidEndpointUrl);

        public const string UnsupportedCredential = nameof(UnsupportedCredential);

        public const string AutoMLJobNotFound = nameof(AutoMLJobNotFound);

        public const string InvalidAutoMLJobIdentity = nameof(InvalidAutoMLJobIdentity);

        public const string ServiceError = nameof(ServiceError);

        public const string ServiceUnreachable = nameof(ServiceUnreachable);

        public const string NoBestCandidate = nameof(NoBestCandidate);

        public const string InvalidAutoMLJobRequest = nameof(InvalidAutoMLJobRequest);

        public const string AutoMLJobExists = nameof(AutoMLJobExists);

        public const string AutoMLJobFailed = nameof(AutoMLJobFailed);

        public const string AutoMLJobStopped = nameof(AutoMLJobStopped);

        public const string AutoMLJobWaitTimeout = nameof(AutoMLJobWaitTimeout);

        public const string InvalidPollInterval = nameof(InvalidPollInterval);

        public const string CandidateNotFound = nameof(CandidateNotFound);

        public const string CannotDeployCandidate = nameof(CannotDeployCandidate);

        public const string DeploymentFailed = nameof(DeploymentFailed);

        public const string EndpointModelError = nameof(EndpointModelError);

        public const string LocalServerNotStarted = nameof(LocalServerNotStarted);

        public const string InferenceRowOrderUnknown = nameof(InferenceRowOrderUnknown);

        public const string InferenceRowMissingColumn = nameof(InferenceRowMissingColumn);

        public const string LocalServerExited = nameof(LocalServerExited);

        public const string ArtifactNotAvailable = nameof(ArtifactNotAvailable);

        public const string ArtifactFileExists = nameof(ArtifactFileExists);

        public const string ArtifactChecksumMismatch = nameof(ArtifactChecksumMismatch);

        public const string ArtifactKeyOutsideFolder = nameof(ArtifactKeyOutsideFolder);

        public const string ArtifactSaveFailed = nameof(ArtifactSaveFailed);
        public const string InferenceFileNotFound = nameof(InferenceFileNotFound);
        public const string InferenceFileNotRead = nameof(InferenceFileNotRead);

        public const string ForecastRowNotNamed = nameof(ForecastRowNotNamed);

        public const string ForecastItemMissing = nameof(ForecastItemMissing);

        public const string ForecastRowWithoutItem = nameof(ForecastRowWithoutItem);

        public const string ForecastHistoryTooLarge = nameof(ForecastHistoryTooLarge);

        public const string ForecastAnswerUnreadable = nameof(ForecastAnswerUnreadable);
        public const string BatchTransformInputMissing = nameof(BatchTransformInputMissing);

        public const string BatchTransformPredictionNeedsWait = nameof(BatchTransformPredictionNeedsWait);

        public const string BatchTransformFailed = nameof(BatchTransformFailed);

        public const string BatchTransformTimedOut = nameof(BatchTransformTimedOut);

        public const string TransformJobNotFound = nameof(TransformJobNotFound);

        public const string InvalidTransformJobIdentity = nameof(InvalidTransformJobIdentity);
    }
}
