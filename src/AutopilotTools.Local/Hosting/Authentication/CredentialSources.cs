using System;
using System.Collections.Generic;
using System.IO;

namespace AutopilotTools.Local.Hosting.Authentication
{
    /// <summary>
    /// Reads access keys as the program takes them: <c>ACCESS_KEY_ID:SECRET</c> pairs from <c>--access-key</c>, from
    /// the <see cref="EnvironmentVariable"/> (pairs separated by commas or whitespace) and from a file (one pair a line,
    /// blank lines and <c>#</c> comments ignored). Errors say where the bad pair came from and never repeat a secret,
    /// nor the text of a value that does not parse (it may be a secret pasted alone).
    /// </summary>
    internal static class CredentialSources
    {
        public const string EnvironmentVariable = "AUTOPILOT_LOCAL_CREDENTIALS";

        public static LocalServerCredential ParsePair(string pair, string origin)
        {
            int colon = pair.IndexOf(':');
            if (colon <= 0 || colon == pair.Length - 1)
            {
                throw new ArgumentException($"{origin} must be ACCESS_KEY_ID:SECRET_ACCESS_KEY (the value given {(colon < 0 ? "has no ':'" : colon == 0 ? "has no access key id before ':'" : "has no secret after ':'")}; it is not repeated here, in case it is a secret).");
            }

            string id = pair.Substring(0, colon);
            if (!LocalServerCredential.IsValidAccessKeyId(id))
            {
                throw new ArgumentException($"{origin}: the access key id before ':' is not valid (1 to 128 characters, none of them '/', ',', '=' or whitespace).");
            }

            return new LocalServerCredential(id, pair.Substring(colon + 1));
        }

        /// <summary>The pairs of the environment variable's value.</summary>
        public static IEnumerable<LocalServerCredential> ParseList(string text, string origin)
        {
            string[] pairs = text.Split(new[] { ',', ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < pairs.Length; i++)
            {
                yield return ParsePair(pairs[i], $"{origin} (pair {i + 1})");
            }
        }

        public static IEnumerable<LocalServerCredential> ReadFile(string path)
        {
            string[] lines;
            try
            {
                lines = File.ReadAllLines(path);
            }
            catch (Exception error) when (error is IOException || error is UnauthorizedAccessException)
            {
                throw new ArgumentException($"--credentials-file '{path}' could not be read: {error.Message}");
            }

            var credentials = new List<LocalServerCredential>();
            for (int i = 0; i < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (line.Length > 0 && !line.StartsWith('#'))
                {
                    credentials.Add(ParsePair(line, $"line {i + 1} of --credentials-file '{path}'"));
                }
            }

            return credentials.Count > 0 ? credentials : throw new ArgumentException($"--credentials-file '{path}' holds no ACCESS_KEY_ID:SECRET_ACCESS_KEY line.");
        }
    }
}
