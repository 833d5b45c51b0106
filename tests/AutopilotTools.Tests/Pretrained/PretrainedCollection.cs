using Xunit;

namespace AutopilotTools.Tests.Pretrained
{
    /// <summary>The tests that train with pretrained encoders run one at a time: each loads encoders and trains on every core.</summary>
    [CollectionDefinition(Name)]
    public sealed class PretrainedCollection
    {
        public const string Name = "Pretrained";
    }
}
