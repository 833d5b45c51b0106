using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Transfer;

namespace AutopilotTools.Client.Storage
{
    /// <summary>
    /// Uploads local training data before a job is created, as the Python SDK's fit(inputs=local path) does: a file,
    /// or every file below a folder (keeping relative paths), under a prefix. Every object carries a SHA-256
    /// checksum that S3 verifies on arrival, so a corrupted upload fails instead of training on bad data.
    /// </summary>
    public sealed class S3Uploader
    {
        private readonly IAmazonS3 _s3;

        public S3Uploader(IAmazonS3 s3) => _s3 = s3;

        /// <summary>Uploads <paramref name="localPath"/> below <paramref name="prefix"/>; returns the prefix the data now lives under.</summary>
        public async Task<S3Location> UploadAsync(string localPath, S3Location prefix, IProgress<string>? progress, CancellationToken cancellationToken)
        {
            IReadOnlyList<(string File, string RelativeKey)> files = FilesOf(localPath);
            if (files.Count == 0)
            {
                throw new FileNotFoundException($"'{localPath}' holds no files to upload.", localPath);
            }

            using var transfer = new TransferUtility(_s3);
            foreach ((string file, string relativeKey) in files)
            {
                S3Location target = prefix.Append(relativeKey);
                progress?.Report($"{file} -> {target}");
                var request = new TransferUtilityUploadRequest
                {
                    BucketName = target.Bucket,
                    Key = target.Key,
                    FilePath = file,
                    ChecksumAlgorithm = ChecksumAlgorithm.SHA256,
                };
                await transfer.UploadAsync(request, cancellationToken).ConfigureAwait(false);
            }

            return prefix;
        }

        private static IReadOnlyList<(string File, string RelativeKey)> FilesOf(string localPath)
        {
            if (File.Exists(localPath))
            {
                return new[] { (localPath, Path.GetFileName(localPath)) };
            }

            if (!Directory.Exists(localPath))
            {
                throw new FileNotFoundException($"'{localPath}' is neither a file nor a folder.", localPath);
            }

            string root = Path.GetFullPath(localPath);
            return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (f, f.Substring(root.Length).TrimStart(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Replace('\\', '/')))
                .ToList();
        }
    }
}
