using System.Threading.Tasks;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The module in a hosted PowerShell session, pointed at the local server with -EndpointUrl.</summary>
    public sealed class LocalModuleTests
    {
        [Fact]
        public async Task GetAutoMLJobV2DescribesAJobOnTheLocalServer()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            await server.SageMaker().CreateAutoMLJobV2Async(Jobs.V2("from-powershell"));
            using PowerShellSession session = new PowerShellSession().Set("conn", server.Connection());

            RunResult result = session.RunScript("Get-AutoMLJobV2 from-powershell @conn").ThrowIfErrors();

            var job = result.Single<AutoMLJob>();
            Assert.Equal(("from-powershell", "InProgress"), (job.AutoMLJobName, job.AutoMLJobStatus));
            Assert.EndsWith(":000000000000:automl-job/from-powershell", job.AutoMLJobArn);
        }

        [Fact]
        public async Task AMissingJobIsTheModulesNotFoundError()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            using PowerShellSession session = new PowerShellSession().Set("conn", server.Connection());

            RunResult result = session.RunScript("Get-AutoMLJobV2 ghost @conn");

            Assert.Empty(result.Output);
            Assert.Equal("AutoMLJobNotFound,AutopilotTools.Commands.GetAutoMLJobV2Command", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }
    }
}
