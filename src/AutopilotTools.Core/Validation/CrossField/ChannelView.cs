using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField
{
    /// <summary>An input channel of either API (AutoMLJobChannel in V2, AutoMLChannel in V1), with its path.</summary>
    internal sealed class ChannelView
    {
        public ChannelView(string path, string? channelType, string? contentType, string? compressionType, AutoMLDataSource? dataSource)
        {
            Path = path;
            ChannelType = channelType;
            ContentType = contentType;
            CompressionType = compressionType;
            S3DataType = dataSource?.S3DataSource?.S3DataType;
        }

        public string Path { get; }

        public string? ChannelType { get; }

        /// <summary>The channel type the service applies: "ChannelType ... The default value is training".</summary>
        public string EffectiveChannelType => ChannelType ?? AutoMLChannelType.Training;

        public string? ContentType { get; }

        public string? CompressionType { get; }

        public string? S3DataType { get; }

        /// <summary>V1 only: each channel names the target column.</summary>
        public string? TargetAttributeName { get; set; }

        /// <summary>V1 only: each channel may name the sample weight column.</summary>
        public string? SampleWeightAttributeName { get; set; }

        public string Member(string name) => MemberPath.Member(Path, name);
    }
}
