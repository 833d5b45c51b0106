using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The module's deployment cmdlets against the local server's endpoints.</summary>
    public sealed class LocalDeploymentModuleTests
    {
        /// <summary>Remove-AutoMLDeployment deletes endpoint, config and model, and a second removal is no error: it relies on the server's "Could not find …".</summary>
        [Fact]
        public async Task RemoveAutoMLDeploymentRemovesEverythingAndTwiceIsHarmless()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync(null, new EchoModelHost());
            ISageMakerApi sageMaker = server.SageMaker();
            await Deployments.DeployAsync(sageMaker, "to-remove");
            await Deployments.WaitAsync(sageMaker, "to-remove");
            using PowerShellSession session = new PowerShellSession().Set("conn", server.Connection());

            session.RunScript("Remove-AutoMLDeployment to-remove @conn -Confirm:$false").ThrowIfErrors();
            session.RunScript("Remove-AutoMLDeployment to-remove @conn -Confirm:$false").ThrowIfErrors();

            await Deployments.WaitGoneAsync(sageMaker, "to-remove");
            Assert.Empty((await sageMaker.ListModelsAsync(new ListModelsInput())).Models!);
            await Assert.ThrowsAnyAsync<Client.Errors.AutopilotServiceException>(() => sageMaker.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = "to-remove" }));
        }
    }
}
