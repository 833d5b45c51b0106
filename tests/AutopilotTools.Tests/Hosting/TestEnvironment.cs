using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace AutopilotTools.Tests.Hosting
{
    /// <summary>
    /// Keeps the developer's or CI's own AWS setup out of the tests: no credentials or region from the environment,
    /// no shared config or credentials files, no instance metadata lookups (which would wait for a timeout off EC2).
    /// Tests that need one of these set it themselves, in the non-parallel EnvironmentVariables collection.
    /// </summary>
    internal static class TestEnvironment
    {
        public static readonly string EmptyAwsDirectory = Path.Combine(Path.GetTempPath(), "autopilottools-tests-no-aws");

        [ModuleInitializer]
        internal static void Isolate()
        {
            Directory.CreateDirectory(EmptyAwsDirectory);
            foreach (string name in new[]
            {
                "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_DEFAULT_PROFILE",
                "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_SAGEMAKER",
                "AWS_ENDPOINT_URL_SAGEMAKER_RUNTIME", "AWS_ENDPOINT_URL_S3", "AWS_ROLE_ARN", "AWS_WEB_IDENTITY_TOKEN_FILE",
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            })
            {
                Environment.SetEnvironmentVariable(name, null);
            }

            Environment.SetEnvironmentVariable("AWS_CONFIG_FILE", Path.Combine(EmptyAwsDirectory, "config"));
            Environment.SetEnvironmentVariable("AWS_SHARED_CREDENTIALS_FILE", Path.Combine(EmptyAwsDirectory, "credentials"));
            Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        }
    }
}
