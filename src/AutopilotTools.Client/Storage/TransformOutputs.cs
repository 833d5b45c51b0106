using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Model;
using S3Location = AutopilotTools.Client.Storage.S3Location;

namespace AutopilotTools.Client.Storage
{
    /// <summary>
    /// Finds and reads a finished transform job's answers. SageMaker names them after the inputs: the object at
    /// <c>&lt;input key relative to the prefix's folder&gt;</c> is answered in <c>&lt;output path&gt;/&lt;that key&gt;.out</c>;
    /// so for an S3Prefix input the answers are found from the inputs, in their order. A manifest's inputs are not
    /// listed again: every <c>.out</c> object under the output path is read.
    /// </summary>
    public sealed class TransformOutputs
    {
        private readonly IAmazonS3 _s3;

        public TransformOutputs(IAmazonS3 s3) => _s3 = s3;

        public async Task<IReadOnlyList<S3Location>> LocateAsync(DescribeTransformJobResponse job, CancellationToken cancellationToken)
        {
            TransformS3DataSource source = job.TransformInput!.DataSource!.S3DataSource!;
            S3Location.TryParse(job.TransformOutput!.S3OutputPath, out S3Location output);
            if (source.S3DataType == S3DataType.S3Prefix && S3Location.TryParse(source.S3Uri, out S3Location input))
            {
                int folder = input.Key.LastIndexOf('/') + 1;
                return (await ListAsync(input, cancellationToken).ConfigureAwait(false))
                    .Where(key => !key.EndsWith("/", StringComparison.Ordinal))
                    .Select(key => output.Append(key.Substring(folder) + ".out"))
                    .ToList();
            }

            return (await ListAsync(output, cancellationToken).ConfigureAwait(false))
                .Where(key => key.EndsWith(".out", StringComparison.Ordinal))
                .Select(key => new S3Location(output.Bucket, key))
                .ToList();
        }

        public async Task<(string Text, string? ContentType)> ReadAsync(S3Location location, CancellationToken cancellationToken)
        {
            using GetObjectResponse response = await _s3.GetObjectAsync(location.Bucket, location.Key, cancellationToken).ConfigureAwait(false);
            using var reader = new StreamReader(response.ResponseStream);
            string text = await reader.ReadToEndAsync().ConfigureAwait(false);
            return (text, response.Headers.ContentType);
        }

        private async Task<List<string>> ListAsync(S3Location prefix, CancellationToken cancellationToken)
        {
            var keys = new List<string>();
            var request = new ListObjectsV2Request { BucketName = prefix.Bucket, Prefix = prefix.Key };
            ListObjectsV2Response page;
            do
            {
                page = await _s3.ListObjectsV2Async(request, cancellationToken).ConfigureAwait(false);
                keys.AddRange((page.S3Objects ?? new List<S3Object>()).Select(o => o.Key));
                request.ContinuationToken = page.NextContinuationToken;
            }
            while (page.IsTruncated == true);

            return keys;
        }
    }
}
