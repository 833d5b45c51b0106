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
        public static readonly string EmptyAwsDirectory = Path.Combine(Path.GetTempPath(), "autopilottools-tests-" + Environment.ProcessId);

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

            // The files must exist: the SDK settles on their locations at first use, and falls back to ~/.aws for the
            // rest of the process when the files named by the environment are missing then.
            foreach ((string variable, string file) in new[] { ("AWS_CONFIG_FILE", "config"), ("AWS_SHARED_CREDENTIALS_FILE", "credentials") })
            {
                string path = Path.Combine(EmptyAwsDirectory, file);
                File.WriteAllText(path, string.Empty);
                Environment.SetEnvironmentVariable(variable, path);
            }
            Environment.SetEnvironmentVariable("AWS_EC2_METADATA_DISABLED", "true");
        }

        /// <summary>Fills the shared config and credentials files for one test; empties them again on dispose.</summary>
        public static IDisposable WriteSharedFiles(string config, string credentials)
        {
            string configPath = Path.Combine(EmptyAwsDirectory, "config");
            string credentialsPath = Path.Combine(EmptyAwsDirectory, "credentials");
            File.WriteAllText(configPath, config);
            File.WriteAllText(credentialsPath, credentials);
            return new Cleanup(() =>
            {
                File.WriteAllText(configPath, string.Empty);
                File.WriteAllText(credentialsPath, string.Empty);
            });
        }

        private sealed class Cleanup : IDisposable
        {
            private readonly Action _action;

            public Cleanup(Action action) => _action = action;

            public void Dispose() => _action();
        }
    }
}
