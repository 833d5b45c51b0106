using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.Client.Errors;
using AutopilotTools.Deploying;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;
using AutopilotTools.Resources;

namespace AutopilotTools.Commands
{
    /// <summary>
    /// Removes a deployment: the endpoint, its endpoint config and the config's models. Takes a deployment object
    /// (from Deploy-AutoMLCandidate) or an endpoint name, whose config and models are found by describing them.
    /// Parts already gone are skipped, so running it twice is harmless.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "AutoMLDeployment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveAutoMLDeploymentCommand : AutopilotCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string? EndpointName { get; set; }

        /// <summary>The config to remove; found from the endpoint when absent.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? EndpointConfigName { get; set; }

        /// <summary>The model to remove; the config's models when absent.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? ModelName { get; set; }

        protected override void ProcessRecord()
        {
            string endpoint = EndpointName!;
            if (!ShouldProcess(endpoint, "Remove endpoint, its endpoint config and model"))
            {
                return;
            }

            try
            {
                string? config = EndpointConfigName ?? Find<string>(() => Await(SageMaker.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = endpoint }, CancelToken)).EndpointConfigName);
                IReadOnlyList<string> models = ModelName != null ? new[] { ModelName }
                    : config == null ? Array.Empty<string>()
                    : Find<List<string>>(() => Await(SageMaker.DescribeEndpointConfigAsync(new DescribeEndpointConfigInput { EndpointConfigName = config }, CancelToken))
                        .ProductionVariants?.Select(v => v.ModelName!).Where(m => m != null).Distinct().ToList()) ?? (IReadOnlyList<string>)Array.Empty<string>();

                Remove("endpoint", endpoint);
                if (config != null)
                {
                    Remove("endpoint config", config);
                }

                foreach (string model in models)
                {
                    Remove("model", model);
                }
            }
            catch (Exception e) when (ServiceFailure.IsServiceFailure(e))
            {
                WriteError(ErrorRecords.Service("Remove-AutoMLDeployment", e, endpoint));
            }
        }

        private void Remove(string kind, string name)
        {
            WriteVerbose($"Removing {kind} '{name}'.");
            Await(DeploymentRemoval.Delete(SageMaker, kind, name, CancelToken));
        }

        /// <summary>What describing a part says, or null when the part is already gone.</summary>
        private static T? Find<T>(Func<T?> describe)
            where T : class
        {
            try
            {
                return describe();
            }
            catch (Exception e) when (ServiceFailure.IsNotFound(e))
            {
                return null;
            }
        }
    }
}
