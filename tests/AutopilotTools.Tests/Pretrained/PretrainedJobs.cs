using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Model.Runtime;
using AutopilotTools.Requests;
using AutopilotTools.Tests.Local;
using Xunit;

namespace AutopilotTools.Tests.Pretrained
{
    /// <summary>Uploads, job requests and deployments of the text and image classification tests.</summary>
    internal static class PretrainedJobs
    {
        public static async Task PutAsync(TestLocalServer server, string bucket, string key, byte[] body, string contentType)
        {
            using AmazonS3Client s3 = server.S3();
            try
            {
                await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
            }
            catch (AmazonS3Exception e) when (e.ErrorCode == "BucketAlreadyOwnedByYou")
            {
            }

            await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, InputStream = new MemoryStream(body), ContentType = contentType });
        }

        public static CreateAutoMLJobV2Request Text(string name, string trainingUri, string contentColumn, string labelColumn) =>
            Request(name, trainingUri, "text/csv;header=present", AutoMLS3DataType.S3Prefix, new AutoMLProblemTypeConfig
            {
                TextClassificationJobConfig = new TextClassificationJobConfig { ContentColumn = contentColumn, TargetLabelColumn = labelColumn },
            });

        public static CreateAutoMLJobV2Request Image(string name, string trainingUri, string dataType) =>
            Request(name, trainingUri, "image/*", dataType, new AutoMLProblemTypeConfig { ImageClassificationJobConfig = new ImageClassificationJobConfig() });

        private static CreateAutoMLJobV2Request Request(string name, string uri, string contentType, string dataType, AutoMLProblemTypeConfig config) => new CreateAutoMLJobV2Request
        {
            AutoMLJobName = name,
            AutoMLJobInputDataConfig = new List<AutoMLJobChannel>
            {
                new AutoMLJobChannel
                {
                    ChannelType = AutoMLChannelType.Training,
                    ContentType = contentType,
                    DataSource = new AutoMLDataSource { S3DataSource = new AutoMLS3DataSource { S3DataType = dataType, S3Uri = uri } },
                },
            },
            OutputDataConfig = new AutoMLOutputDataConfig { S3OutputPath = "s3://data/output/" },
            AutoMLProblemTypeConfig = config,
            RoleArn = Jobs.Role,
        };

        /// <summary>Trains a job to completion; fails the test with the job's reason otherwise.</summary>
        public static async Task<DescribeAutoMLJobV2Response> TrainAsync(TestLocalServer server, CreateAutoMLJobV2Request request)
        {
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobV2Async(request);
            (DescribeAutoMLJobV2Response job, List<string> seen) = await Training.WaitAsync(sageMaker, request.AutoMLJobName!, TimeSpan.FromMinutes(10));
            Assert.True(job.AutoMLJobStatus == AutoMLJobStatus.Completed, $"{job.AutoMLJobStatus}: {job.FailureReason} (seen {string.Join(", ", seen)})");
            return job;
        }

        /// <summary>Deploys the job's best candidate as the module deploys it, answering <paramref name="keys"/>.</summary>
        public static async Task DeployAsync(TestLocalServer server, DescribeAutoMLJobV2Response job, string endpoint, params string[] keys)
        {
            ISageMakerApi sageMaker = server.SageMaker();
            DeploymentPlan plan = DeploymentPlan.For(job.BestCandidate!, new DeploymentOptions
            {
                InstanceType = ProductionVariantInstanceType.MlM5Large,
                EndpointName = endpoint,
                ExecutionRoleArn = Jobs.Role,
                InferenceResponseKeys = keys.Length == 0 ? null : keys,
            }, DateTime.UtcNow);
            await sageMaker.CreateModelAsync(plan.Model);
            await sageMaker.CreateEndpointConfigAsync(plan.Config);
            await sageMaker.CreateEndpointAsync(plan.Endpoint);
            DescribeEndpointOutput described = await Deployments.WaitAsync(sageMaker, endpoint);
            Assert.True(described.EndpointStatus == EndpointStatus.InService, described.FailureReason);
        }

        public static Task<InvokeEndpointOutput> InvokeAsync(TestLocalServer server, string endpoint, byte[] body, string contentType, string? accept = null) =>
            server.Runtime().InvokeEndpointAsync(new InvokeEndpointInput { EndpointName = endpoint, Body = body, ContentType = contentType, Accept = accept });
    }
}
