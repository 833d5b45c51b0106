using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Create requests as users send them, filled in just enough to be valid.</summary>
    internal static class Jobs
    {
        public const string Role = "arn:aws:iam::000000000000:role/autopilot";

        public static CreateAutoMLJobV2Request V2(string name, params Tag[] tags) => new CreateAutoMLJobV2Request
        {
            AutoMLJobName = name,
            AutoMLJobInputDataConfig = new List<AutoMLJobChannel>
            {
                new AutoMLJobChannel
                {
                    ChannelType = AutoMLChannelType.Training,
                    ContentType = "text/csv;header=present",
                    DataSource = new AutoMLDataSource { S3DataSource = new AutoMLS3DataSource { S3DataType = AutoMLS3DataType.S3Prefix, S3Uri = "s3://data/train/" } },
                },
            },
            OutputDataConfig = new AutoMLOutputDataConfig { S3OutputPath = "s3://data/output/" },
            AutoMLProblemTypeConfig = new AutoMLProblemTypeConfig { TabularJobConfig = new TabularJobConfig { TargetAttributeName = "churn", ProblemType = ProblemType.BinaryClassification } },
            AutoMLJobObjective = new AutoMLJobObjective { MetricName = "F1" },
            RoleArn = Role,
            Tags = tags.Length == 0 ? null : new List<Tag>(tags),
        };

        public static CreateAutoMLJobRequest V1(string name) => new CreateAutoMLJobRequest
        {
            AutoMLJobName = name,
            InputDataConfig = new List<AutoMLChannel>
            {
                new AutoMLChannel
                {
                    TargetAttributeName = "churn",
                    SampleWeightAttributeName = "weight",
                    DataSource = new AutoMLDataSource { S3DataSource = new AutoMLS3DataSource { S3DataType = AutoMLS3DataType.S3Prefix, S3Uri = "s3://data/train/" } },
                },
            },
            OutputDataConfig = new AutoMLOutputDataConfig { S3OutputPath = "s3://data/output/" },
            ProblemType = ProblemType.BinaryClassification,
            AutoMLJobObjective = new AutoMLJobObjective { MetricName = "F1" },
            AutoMLJobConfig = new AutoMLJobConfig
            {
                CompletionCriteria = new AutoMLJobCompletionCriteria { MaxCandidates = 5 },
                Mode = AutoMLMode.ENSEMBLING,
            },
            RoleArn = Role,
        };
    }
}
