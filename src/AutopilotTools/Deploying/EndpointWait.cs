using System;
using System.Management.Automation;
using AutopilotTools.Client;
using AutopilotTools.Infrastructure;
using AutopilotTools.Model;

namespace AutopilotTools.Deploying
{
    /// <summary>An endpoint that ended in a state other than InService.</summary>
    internal sealed class EndpointFailedException : Exception
    {
        public EndpointFailedException(string message)
            : base(message)
        {
        }
    }

    /// <summary>
    /// Polls DescribeEndpoint until the endpoint is InService, with progress; a final state other than InService,
    /// or the timeout, is an <see cref="EndpointFailedException"/>. Ctrl+C ends the wait at once.
    /// </summary>
    internal sealed class EndpointWait
    {
        private readonly AutopilotCmdlet _cmdlet;
        private readonly ISageMakerApi _api;
        private readonly TimeSpan _pollInterval;
        private readonly TimeSpan? _timeout;

        public EndpointWait(AutopilotCmdlet cmdlet, ISageMakerApi api, TimeSpan pollInterval, TimeSpan? timeout)
        {
            _cmdlet = cmdlet;
            _api = api;
            _pollInterval = pollInterval;
            _timeout = timeout;
        }

        public void Until(AutoMLDeployment deployment)
        {
            DateTime started = DateTime.UtcNow;
            while (true)
            {
                DescribeEndpointOutput endpoint = _cmdlet.AwaitCall(_api.DescribeEndpointAsync(new DescribeEndpointInput { EndpointName = deployment.EndpointName }, _cmdlet.Cancellation));
                endpoint.EndpointArn ??= deployment.EndpointArn;
                deployment.Update(endpoint);
                var record = new ProgressRecord(1, "Deploying " + deployment.EndpointName, $"{endpoint.EndpointStatus}, {AutopilotTools.Display.Duration(DateTime.UtcNow - started)}");
                switch (endpoint.EndpointStatus)
                {
                    case EndpointStatus.InService:
                        _cmdlet.WriteProgress(new ProgressRecord(1, record.Activity, "InService") { RecordType = ProgressRecordType.Completed });
                        return;
                    case EndpointStatus.Creating:
                    case EndpointStatus.Updating:
                    case EndpointStatus.SystemUpdating:
                        _cmdlet.WriteProgress(record);
                        break;
                    default:
                        throw new EndpointFailedException($"the endpoint is {endpoint.EndpointStatus}: {endpoint.FailureReason ?? "no reason given"}");
                }

                if (_timeout.HasValue && DateTime.UtcNow - started + _pollInterval > _timeout.Value)
                {
                    throw new EndpointFailedException($"the endpoint was still {endpoint.EndpointStatus} after {_timeout.Value}");
                }

                _cmdlet.Pause(_pollInterval);
            }
        }
    }
}
