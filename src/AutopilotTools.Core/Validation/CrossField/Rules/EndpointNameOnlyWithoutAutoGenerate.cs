using System.Collections.Generic;
using AutopilotTools.Model;

namespace AutopilotTools.Validation.CrossField.Rules
{
    /// <summary>
    /// Seeds (boto3 create_auto_ml_job_v2, CLI v2 create-auto-ml-job, Python SDK AutoML): EndpointName is given
    /// exactly when AutoGenerateEndpointName is false (its default), and never together with
    /// AutoGenerateEndpointName true; the service answers anything else with a 400.
    /// </summary>
    internal sealed class EndpointNameOnlyWithoutAutoGenerate : ICrossFieldRule
    {
        public IEnumerable<ValidationError> Check(AutoMLJobView job)
        {
            ModelDeployConfig? config = job.ModelDeploy?.Value;
            if (config == null)
            {
                yield break;
            }

            string name = job.ModelDeploy!.Member(nameof(config.EndpointName));
            string generate = job.ModelDeploy.Member(nameof(config.AutoGenerateEndpointName));
            if (config.AutoGenerateEndpointName == true && config.EndpointName != null)
            {
                yield return CrossFieldError.At(name, config.EndpointName, $"{name} '{config.EndpointName}' must not be set when {generate} is true: the service names the endpoint then.");
            }
            else if (config.AutoGenerateEndpointName != true && config.EndpointName == null)
            {
                yield return CrossFieldError.At(name, null, $"{name} is required when {generate} is false or not set (false is its default); set one or the other.");
            }
        }
    }
}
