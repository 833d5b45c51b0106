using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Tests.Core
{
    /// <summary>Small requests that pass every check, for tests to break one thing at a time.</summary>
    internal static class ValidRequests
    {
        public const string RoleArn = "arn:aws:iam::123456789012:role/AutopilotRole";

        public static CreateAutoMLJobV2Request Tabular() => V2(new AutoMLProblemTypeConfig
        {
            TabularJobConfig = new TabularJobConfig { TargetAttributeName = "churn" },
        });

        public static CreateAutoMLJobV2Request TextClassification() => V2(new AutoMLProblemTypeConfig
        {
            TextClassificationJobConfig = new TextClassificationJobConfig { ContentColumn = "review", TargetLabelColumn = "sentiment" },
        });

        public static CreateAutoMLJobV2Request ImageClassification() => V2(new AutoMLProblemTypeConfig
        {
            ImageClassificationJobConfig = new ImageClassificationJobConfig(),
        });

        public static CreateAutoMLJobV2Request TimeSeries() => V2(new AutoMLProblemTypeConfig
        {
            TimeSeriesForecastingJobConfig = new TimeSeriesForecastingJobConfig
            {
                ForecastFrequency = "1D",
                ForecastHorizon = 14,
                TimeSeriesConfig = new TimeSeriesConfig { TargetAttributeName = "demand", TimestampAttributeName = "ts", ItemIdentifierAttributeName = "sku" },
            },
        });

        public static CreateAutoMLJobRequest V1() => new CreateAutoMLJobRequest
        {
            AutoMLJobName = "churn-v1",
            InputDataConfig = new List<AutoMLChannel> { V1Channel(AutoMLChannelType.Training) },
            OutputDataConfig = new AutoMLOutputDataConfig { S3OutputPath = "s3://bucket/output" },
            RoleArn = RoleArn,
        };

        public static AutoMLJobChannel Channel(string channelType) => new AutoMLJobChannel
        {
            ChannelType = channelType,
            DataSource = S3(AutoMLS3DataType.S3Prefix),
        };

        public static AutoMLChannel V1Channel(string channelType) => new AutoMLChannel
        {
            ChannelType = channelType,
            TargetAttributeName = "churn",
            DataSource = S3(AutoMLS3DataType.S3Prefix),
        };

        public static AutoMLDataSource S3(string dataType) => new AutoMLDataSource
        {
            S3DataSource = new AutoMLS3DataSource { S3DataType = dataType, S3Uri = "s3://bucket/input/" },
        };

        private static CreateAutoMLJobV2Request V2(AutoMLProblemTypeConfig problem) => new CreateAutoMLJobV2Request
        {
            AutoMLJobName = "churn-v2",
            AutoMLJobInputDataConfig = new List<AutoMLJobChannel> { Channel(AutoMLChannelType.Training) },
            OutputDataConfig = new AutoMLOutputDataConfig { S3OutputPath = "s3://bucket/output" },
            AutoMLProblemTypeConfig = problem,
            RoleArn = RoleArn,
        };
    }
}
