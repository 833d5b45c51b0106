using System.Collections;
using System.Linq;
using System.Management.Automation;
using AutopilotTools.Inference;
using AutopilotTools.Tests.Hosting;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>
    /// Issue 12, items 2 and 3, against the trained churn model (columns age, plan, monthly_minutes, support_calls):
    /// rows given by name go in the model's feature order whatever order they list their names in, or are refused;
    /// an endpoint invoked by name reads its answers with the keys it was deployed with.
    /// </summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class LocalInvokeByNameTests
    {
        private const string TrainingOrder = "age,plan,monthly_minutes,support_calls";

        private readonly TrainedChurnServer _trained;

        public LocalInvokeByNameTests(TrainedChurnServer trained) => _trained = trained;

        [Fact]
        public void AHashtableGetsTheSameAnswerAsTheRowInTrainingOrder()
        {
            using PowerShellSession session = Session();
            Deploy(session, "by-name-order");

            RunResult run = session.RunScript(@"
                $plain = @{ support_calls = 7; monthly_minutes = 80; plan = 'basic'; age = 70 }
                $sorted = [System.Collections.Generic.SortedDictionary[string, object]]::new()
                foreach ($key in $plain.Keys) { $sorted[$key] = $plain[$key] }
                ($sorted.Keys -join ',')
                $deployment | Invoke-AutoMLEndpoint -InputObject $sorted @conn
                $deployment | Invoke-AutoMLEndpoint -InputObject $plain @conn
                $deployment | Invoke-AutoMLEndpoint -InputObject ([ordered]@{ age = 70; plan = 'basic'; monthly_minutes = 80; support_calls = 7 }) @conn
                $deployment | Invoke-AutoMLEndpoint -InputObject ([ordered]@{ support_calls = 7; age = 70; monthly_minutes = 80; plan = 'basic' }) @conn
                $deployment | Invoke-AutoMLEndpoint -InputObject ([pscustomobject]@{ id = 17; churn = 'yes'; plan = 'basic'; support_calls = 7; age = 70; monthly_minutes = 80 }) @conn
                Invoke-AutoMLEndpoint by-name-order -InputObject '70,basic,80,7' -InferenceResponseKey predicted_label, probability @conn").ThrowIfErrors();

            // The sorted dictionary enumerates out of training order (a hashtable's order varies from process to
            // process, as string hashes do), so sending it as enumerated would be wrong.
            Assert.NotEqual(TrainingOrder, (string)run.Output[0].BaseObject);
            Prediction[] predictions = run.Output.Skip(1).Select(o => (Prediction)o.BaseObject).ToArray();
            Assert.Equal(6, predictions.Length);
            Assert.All(predictions, p => Assert.Equal((predictions[5].PredictedLabel, predictions[5].Probability), (p.PredictedLabel, p.Probability)));
            // Input is what was sent: the features in training order (the object's id and target left out).
            Assert.All(predictions.Take(5), p => Assert.Equal(TrainingOrder, string.Join(",", ((IDictionary)p.Input!).Keys.Cast<string>())));
            Assert.All(predictions.Take(5), p => Assert.Equal("70,basic,80,7", Display.Row(p.Input)));
        }

        [Fact]
        public void WithNoKnownOrderAHashtableIsRefusedAndOrderedRowsGoInTheirOwnOrder()
        {
            using PowerShellSession session = Session();
            Deploy(session, "by-name-refused");

            RunResult run = session.RunScript(@"
                $row = @{ support_calls = 7; monthly_minutes = 80; plan = 'basic'; age = 70 }
                Invoke-AutoMLEndpoint by-name-refused -InputObject $row, ([ordered]@{ age = 70; plan = 'basic'; monthly_minutes = 80; support_calls = 7 }) @conn -ErrorVariable refused
                [object]::ReferenceEquals($refused[0].TargetObject, $row)");

            ErrorRecord error = Assert.Single(run.Errors);
            Assert.Equal("InferenceRowOrderUnknown,AutopilotTools.Commands.InvokeAutoMLEndpointCommand", error.FullyQualifiedErrorId);
            Assert.Contains("-Column", error.ErrorDetails.Message);
            Assert.Contains("[ordered]", error.ErrorDetails.Message);
            Assert.True((bool)run.Output[^1].BaseObject, "the refused row is the error's TargetObject");
            Prediction sent = Assert.Single(run.Output.Take(run.Output.Count - 1).Select(o => (Prediction)o.BaseObject));
            Assert.Equal("70,basic,80,7", Display.Row(sent.Input));
        }

        [Fact]
        public void ColumnWinsOverTheDeploymentsOrderAndAMissingColumnIsAnError()
        {
            using PowerShellSession session = Session();
            Deploy(session, "by-name-column");

            RunResult run = session.RunScript(@"
                $deployment | Invoke-AutoMLEndpoint -InputObject @{ age = 70; plan = 'basic' } @conn
                $deployment | Invoke-AutoMLEndpoint -InputObject @{ age = 70; plan = 'basic'; monthly_minutes = 80; support_calls = 7 } -Column age, plan, monthly_minutes, support_calls, tenure @conn");

            Assert.Equal(2, run.Errors.Count);
            Assert.All(run.Errors, e => Assert.StartsWith("InferenceRowMissingColumn,", e.FullyQualifiedErrorId));
            Assert.Contains("monthly_minutes, support_calls", run.Errors[0].ErrorDetails.Message);
            Assert.Contains("no value for tenure", run.Errors[1].ErrorDetails.Message);
            Assert.Empty(run.Output);
        }

        [Fact]
        public void InvokedByNameTheEndpointsResponseKeysAreReadFromItsModel()
        {
            using PowerShellSession session = Session();
            Deploy(session, "by-name-keys");

            RunResult run = session.RunScript(@"
                Invoke-AutoMLEndpoint -EndpointName by-name-keys -InputObject '70,basic,80,7' @conn
                Invoke-AutoMLEndpoint -EndpointName by-name-keys -InputObject '70,basic,80,7' -InferenceResponseKeys predicted_label, probability @conn").ThrowIfErrors();

            Prediction[] predictions = run.Output.Select(o => (Prediction)o.BaseObject).ToArray();
            Assert.Equal(2, predictions.Length);
            Assert.NotNull(predictions[0].Probability);
            Assert.Equal((predictions[1].PredictedLabel, predictions[1].Probability), (predictions[0].PredictedLabel, predictions[0].Probability));
        }

        private PowerShellSession Session() => new PowerShellSession().Set("conn", _trained.Server.Connection());

        /// <summary>Deploys the job's best candidate with the response keys given by Invoke-AutoMLEndpoint's spelling of the parameter.</summary>
        private static void Deploy(PowerShellSession session, string name)
        {
            RunResult deployed = session.RunScript(
                $"$deployment = Deploy-AutoMLCandidate {TrainedChurnServer.JobName} -InstanceType ml.m5.large -InferenceResponseKeys predicted_label, probability -EndpointName {name} -Wait -PollInterval 0.2 @conn; $deployment.FeatureColumns -join ','").ThrowIfErrors();
            Assert.Equal(TrainingOrder, (string)deployed.Output.Single().BaseObject);
        }
    }
}
