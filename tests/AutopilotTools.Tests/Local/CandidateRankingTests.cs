using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>The job's best candidate is the first of its candidates sorted best first, ties included.</summary>
    [Collection(LocalTrainingCollection.Name)]
    public sealed class CandidateRankingTests
    {
        [Theory]
        [InlineData(0.9, "b", 0.8, "a", false, -1)]
        [InlineData(0.9, "b", 0.8, "a", true, 1)]
        [InlineData(1.0, "x-xgboost-002", 1.0, "x-lightgbm-001", false, -1)]
        [InlineData(1.0, "x-xgboost-002", 1.0, "x-lightgbm-001", true, 1)]
        public void BetterValuesRankFirstAndTiesFollowTheListingsNameOrder(double a, string nameA, double b, string nameB, bool minimized, int sign) =>
            Assert.Equal(sign, System.Math.Sign(CandidateRanking.Compare(a, nameA, b, nameB, minimized)));

        [Fact]
        public async Task WithTiedCandidatesTheBestIsTheFirstListedBestFirst()
        {
            // A target the trees learn exactly: every candidate scores F1 = 1 on the validation rows.
            var rows = new List<string> { "tenure,plan,calls,churn" };
            var random = new System.Random(1);
            for (int i = 0; i < 300; i++)
            {
                int tenure = random.Next(1, 61), calls = random.Next(0, 11);
                string plan = random.Next(2) == 0 ? "monthly" : "annual";
                bool churn = (plan == "monthly" && calls > 5) || tenure < 5;
                rows.Add(string.Join(",", tenure.ToString(CultureInfo.InvariantCulture), plan, calls.ToString(CultureInfo.InvariantCulture), churn ? "yes" : "no"));
            }

            await using TestLocalServer server = await TestLocalServer.StartTrainingAsync();
            await Training.UploadAsync(server, "data", "tied/train.csv", string.Join("\n", rows) + "\n");
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobV2Async(Training.Tabular("tied", "s3://data/tied/", "churn", ProblemType.BinaryClassification, AutoMLMetricEnum.F1, 3, AutoMLAlgorithm.Lightgbm, AutoMLAlgorithm.Xgboost));
            (DescribeAutoMLJobV2Response job, _) = await Training.WaitAsync(sageMaker, "tied");

            List<Model.AutoMLCandidate> listed = (await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest
            {
                AutoMLJobName = "tied", SortBy = CandidateSortBy.FinalObjectiveMetricValue, SortOrder = AutoMLSortOrder.Descending,
            })).Candidates!;

            Assert.True(listed.Count(c => c.FinalAutoMLJobObjectiveMetric?.Value == listed[0].FinalAutoMLJobObjectiveMetric?.Value) > 1, "the candidates should tie");
            Assert.Equal(listed[0].CandidateName, job.BestCandidate!.CandidateName);
        }
    }
}
