using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Amazon.S3;
using Amazon.S3.Model;
using AutopilotTools.Client;
using AutopilotTools.Model;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Data uploads, tabular job requests and waits for the training tests.</summary>
    internal static class Training
    {
        /// <summary>Creates the bucket and puts one object, as a user uploads a training file.</summary>
        public static async Task UploadAsync(TestLocalServer server, string bucket, string key, string body)
        {
            using AmazonS3Client s3 = server.S3();
            try
            {
                await s3.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
            }
            catch (AmazonS3Exception e) when (e.ErrorCode == "BucketAlreadyOwnedByYou")
            {
            }

            await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, ContentBody = body, ContentType = "text/csv" });
        }

        public static CreateAutoMLJobV2Request Tabular(string name, string trainingUri, string target, string problemType, string metric, int maxCandidates, params string[] algorithms) => new CreateAutoMLJobV2Request
        {
            AutoMLJobName = name,
            AutoMLJobInputDataConfig = new List<AutoMLJobChannel>
            {
                new AutoMLJobChannel
                {
                    ChannelType = AutoMLChannelType.Training,
                    ContentType = "text/csv;header=present",
                    DataSource = new AutoMLDataSource { S3DataSource = new AutoMLS3DataSource { S3DataType = AutoMLS3DataType.S3Prefix, S3Uri = trainingUri } },
                },
            },
            OutputDataConfig = new AutoMLOutputDataConfig { S3OutputPath = "s3://data/output/" },
            AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig
            {
                TabularJobConfig = new TabularJobConfig
                {
                    TargetAttributeName = target,
                    ProblemType = problemType,
                    Mode = algorithms.Length > 0 ? AutoMLMode.ENSEMBLING : null,
                    CompletionCriteria = new AutoMLJobCompletionCriteria { MaxCandidates = maxCandidates },
                    CandidateGenerationConfig = algorithms.Length == 0
                        ? null
                        : new CandidateGenerationConfig { AlgorithmsConfig = new List<AutoMLAlgorithmConfig> { new AutoMLAlgorithmConfig { AutoMLAlgorithms = new List<string>(algorithms) } } },
                },
            },
            AutoMLJobObjective = new AutoMLJobObjective { MetricName = metric },
            RoleArn = Jobs.Role,
        };

        /// <summary>Polls DescribeAutoMLJobV2 until the job ends; returns it and every secondary status seen on the way, in order.</summary>
        public static async Task<(DescribeAutoMLJobV2Response Job, List<string> Seen)> WaitAsync(ISageMakerApi sageMaker, string name, TimeSpan? timeout = null)
        {
            var seen = new List<string>();
            DateTime deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromMinutes(3));
            while (true)
            {
                DescribeAutoMLJobV2Response job = await sageMaker.DescribeAutoMLJobV2Async(new DescribeAutoMLJobV2Request { AutoMLJobName = name });
                if (seen.Count == 0 || seen[^1] != job.AutoMLJobSecondaryStatus)
                {
                    seen.Add(job.AutoMLJobSecondaryStatus!);
                }

                if (job.AutoMLJobStatus is AutoMLJobStatus.Completed or AutoMLJobStatus.Failed or AutoMLJobStatus.Stopped)
                {
                    return (job, seen);
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"AutoML job {name} is still {job.AutoMLJobStatus}/{job.AutoMLJobSecondaryStatus}.");
                }

                await Task.Delay(25);
            }
        }

        /// <summary>A hyperparameter search with the service's budget of 250 candidates: long enough to be stopped or cut short.</summary>
        public static CreateAutoMLJobV2Request LongSearch(string name)
        {
            CreateAutoMLJobV2Request request = Training.Tabular(name, "s3://data/churn/", "churn", ProblemType.BinaryClassification, AutoMLMetricEnum.F1, 250);
            request.AutoMLProblemTypeConfig!.TabularJobConfig!.Mode = AutoMLMode.HYPERPARAMETERTUNING;
            return request;
        }

        public static async Task UntilCandidatesAsync(ISageMakerApi sageMaker, string job, int count)
        {
            for (int poll = 0; poll < 1200; poll++)
            {
                if ((await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = job, StatusEquals = CandidateStatus.Completed })).Candidates!.Count >= count)
                {
                    return;
                }

                await Task.Delay(25);
            }

            throw new TimeoutException($"{job} has no {count} completed candidates.");
        }
    }
}
