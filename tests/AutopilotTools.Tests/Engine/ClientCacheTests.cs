using Amazon.Runtime;
using AutopilotTools.Client.Connection;
using Xunit;

namespace AutopilotTools.Tests.Engine
{
    /// <summary>One SDK client per service, region, endpoint, credentials and AWS_* environment, shared by every call.</summary>
    public sealed class ClientCacheTests
    {
        private static readonly AWSCredentials Keys = new BasicAWSCredentials("AKIDCACHETEST", "secret");

        private static ResolvedConnection Connection(string region = "us-east-1", AWSCredentials? credentials = null, string? endpoint = "http://127.0.0.1:1", string environment = "env") =>
            new ResolvedConnection(region, credentials ?? Keys, endpoint, "test", "test", environment);

        [Fact]
        public void TheSameConnectionSharesAClientThoughDescribedByAnotherObject()
        {
            Assert.Same(ClientCache.SageMaker(Connection()), ClientCache.SageMaker(Connection()));
            // The SDK's credentials compare by their keys.
            Assert.Same(ClientCache.SageMaker(Connection()), ClientCache.SageMaker(Connection(credentials: new BasicAWSCredentials("AKIDCACHETEST", "secret"))));
        }

        [Fact]
        public void EachPartOfTheConnectionAndTheServiceMakeAClientOfTheirOwn()
        {
            object client = ClientCache.SageMaker(Connection());

            Assert.NotSame(client, ClientCache.SageMaker(Connection(region: "eu-west-1")));
            Assert.NotSame(client, ClientCache.SageMaker(Connection(credentials: new BasicAWSCredentials("AKIDCACHETEST", "another secret"))));
            Assert.NotSame(client, ClientCache.SageMaker(Connection(endpoint: "http://127.0.0.1:2")));
            Assert.NotSame(client, ClientCache.SageMaker(Connection(environment: "other")));
            Assert.NotSame(client, ClientCache.SageMakerRuntime(Connection()));
        }
    }
}
