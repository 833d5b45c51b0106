using System;
using System.IO;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client;
using AutopilotTools.Model;

namespace AutopilotTools.Tests.Local
{
    /// <summary>CreateTransformJob requests as users send them, waits on transform jobs, and reading their outputs.</summary>
    internal static class TransformJobs
    {
        public static CreateTransformJobRequest Request(
            string name, string model, string inputUri, string outputUri, string? split = SplitType.Line, string dataType = S3DataType.S3Prefix,
            string? contentType = "text/csv", string? accept = "text/csv") => new CreateTransformJobRequest
            {
                TransformJobName = name,
                ModelName = model,
                TransformInput = new TransformInput
                {
                    DataSource = new TransformDataSource { S3DataSource = new TransformS3DataSource { S3DataType = dataType, S3Uri = inputUri } },
                    ContentType = contentType,
                    SplitType = split,
                },
                TransformOutput = new TransformOutput { S3OutputPath = outputUri, Accept = accept, AssembleWith = AssemblyType.Line },
                TransformResources = new TransformResources { InstanceType = TransformInstanceType.MlM5Large, InstanceCount = 1 },
            };

        /// <summary>Polls DescribeTransformJob until it has ended, as the SDK waiters do.</summary>
        public static async Task<DescribeTransformJobResponse> WaitAsync(ISageMakerApi sageMaker, string name)
        {
            for (int poll = 0; poll < 3000; poll++)
            {
                DescribeTransformJobResponse job = await sageMaker.DescribeTransformJobAsync(new DescribeTransformJobRequest { TransformJobName = name });
                if (job.TransformJobStatus != TransformJobStatus.InProgress && job.TransformJobStatus != TransformJobStatus.Stopping)
                {
                    return job;
                }

                await Task.Delay(20);
            }

            throw new TimeoutException($"Transform job {name} did not end.");
        }

        public static async Task<(string Body, string ContentType)> ReadAsync(TestLocalServer server, string bucket, string key)
        {
            using AmazonS3Client s3 = server.S3();
            using GetObjectResponse response = await s3.GetObjectAsync(bucket, key);
            return (await new StreamReader(response.ResponseStream).ReadToEndAsync(), response.Headers.ContentType);
        }
    }
}
