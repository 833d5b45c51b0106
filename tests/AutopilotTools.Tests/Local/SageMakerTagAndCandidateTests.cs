using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Json;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>Tags on job ARNs, and the candidate listing (which training fills; here the store is seeded directly).</summary>
    public sealed class SageMakerTagAndCandidateTests
    {
        [Fact]
        public async Task TagsAreAddedListedReplacedAndDeletedOnAJobsArn()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            string arn = (await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("tagged", new Tag { Key = "team", Value = "ml" }))).AutoMLJobArn!;

            await sageMaker.AddTagsAsync(new AddTagsInput { ResourceArn = arn, Tags = new List<Tag> { new Tag { Key = "team", Value = "data" }, new Tag { Key = "cost", Value = "42" } } });
            ListTagsOutput tags = await sageMaker.ListTagsAsync(new ListTagsInput { ResourceArn = arn });
            Assert.Equal(new[] { ("cost", "42"), ("team", "data") }, tags.Tags!.Select(t => (t.Key!, t.Value!)));

            await sageMaker.DeleteTagsAsync(new DeleteTagsInput { ResourceArn = arn, TagKeys = new List<string> { "team", "absent" } });
            Assert.Equal(new[] { "cost" }, (await sageMaker.ListTagsAsync(new ListTagsInput { ResourceArn = arn })).Tags!.Select(t => t.Key));

            string ghost = arn.Replace("tagged", "ghost");
            await Assert.ThrowsAsync<ResourceNotFoundException>(() => sageMaker.ListTagsAsync(new ListTagsInput { ResourceArn = ghost }));
            await Assert.ThrowsAsync<ResourceNotFoundException>(() => sageMaker.AddTagsAsync(new AddTagsInput { ResourceArn = ghost, Tags = new List<Tag> { new Tag { Key = "a", Value = "b" } } }));
        }

        [Fact]
        public async Task ListTagsPagesFiftyAtATimeByDefault()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            string arn = (await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("many-tags"))).AutoMLJobArn!;
            await sageMaker.AddTagsAsync(new AddTagsInput { ResourceArn = arn, Tags = Enumerable.Range(0, 50).Select(i => new Tag { Key = $"k{i:00}", Value = "v" }).ToList() });

            var tooMany = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.AddTagsAsync(new AddTagsInput { ResourceArn = arn, Tags = new List<Tag> { new Tag { Key = "one-more", Value = "v" } } }));
            Assert.Equal("ValidationException", tooMany.ErrorCode);
            ListTagsOutput all = await sageMaker.ListTagsAsync(new ListTagsInput { ResourceArn = arn });
            Assert.Equal(50, all.Tags!.Count);
            Assert.Null(all.NextToken);
        }

        [Fact]
        public async Task ANewJobHasNoCandidates()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("fresh"));

            ListCandidatesForAutoMLJobResponse candidates = await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = "fresh" });

            Assert.Empty(candidates.Candidates!);
            Assert.Null(candidates.NextToken);
        }

        [Fact]
        public async Task CandidatesAreFilteredSortedAndPaged()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("trained"));
            var created = new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc);
            await SeedAsync(server, "trained", ("c1", CandidateStatus.Completed, 0.81, created.AddMinutes(1)));
            await SeedAsync(server, "trained", ("c2", CandidateStatus.Failed, null, created.AddMinutes(2)));
            await SeedAsync(server, "trained", ("c3", CandidateStatus.Completed, 0.93, created.AddMinutes(3)));
            await SeedAsync(server, "trained", ("c4", CandidateStatus.Completed, 0.87, created.AddMinutes(4)));

            Assert.Equal(new[] { "c1", "c2", "c3", "c4" }, await NamesAsync(sageMaker, new ListCandidatesForAutoMLJobRequest { AutoMLJobName = "trained" }, 3));
            Assert.Equal(new[] { "c3", "c4", "c1", "c2" }, await NamesAsync(sageMaker, new ListCandidatesForAutoMLJobRequest
            {
                AutoMLJobName = "trained", SortBy = Model.CandidateSortBy.FinalObjectiveMetricValue, SortOrder = AutoMLSortOrder.Descending,
            }, 1));
            Assert.Equal(new[] { "c4", "c3", "c1" }, await NamesAsync(sageMaker, new ListCandidatesForAutoMLJobRequest
            {
                AutoMLJobName = "trained", StatusEquals = CandidateStatus.Completed, SortOrder = AutoMLSortOrder.Descending,
            }, 2));
            ListCandidatesForAutoMLJobResponse one = await sageMaker.ListCandidatesForAutoMLJobAsync(new ListCandidatesForAutoMLJobRequest { AutoMLJobName = "trained", CandidateNameEquals = "c3" });
            Model.AutoMLCandidate c3 = Assert.Single(one.Candidates!);
            Assert.Equal(0.93, c3.FinalAutoMLJobObjectiveMetric!.Value);
            Assert.Equal(created.AddMinutes(3), c3.CreationTime);
        }

        private static Task SeedAsync(TestLocalServer server, string job, (string Name, string Status, double? Value, DateTime Created) candidate)
        {
            var document = new Model.AutoMLCandidate
            {
                CandidateName = candidate.Name,
                CandidateStatus = candidate.Status,
                ObjectiveStatus = candidate.Value.HasValue ? "Succeeded" : "Failed",
                CandidateSteps = new List<AutoMLCandidateStep>(),
                CreationTime = candidate.Created,
                LastModifiedTime = candidate.Created,
                FinalAutoMLJobObjectiveMetric = candidate.Value.HasValue ? new FinalAutoMLJobObjectiveMetric { MetricName = "F1", Value = candidate.Value } : null,
            };
            string json = System.Text.Encoding.UTF8.GetString(ServiceJson.Serialize(document, typeof(Model.AutoMLCandidate)));
            return server.Server.Candidates!.PutAsync(new CandidateRecord(job, candidate.Name, candidate.Status, candidate.Created, candidate.Value, json), CancellationToken.None);
        }

        private static async Task<List<string>> NamesAsync(ISageMakerApi sageMaker, ListCandidatesForAutoMLJobRequest request, int pageSize)
        {
            var names = new List<string>();
            request.MaxResults = pageSize;
            for (int page = 0; page < 20; page++)
            {
                ListCandidatesForAutoMLJobResponse response = await sageMaker.ListCandidatesForAutoMLJobAsync(request);
                Assert.True(response.Candidates!.Count <= pageSize);
                names.AddRange(response.Candidates.Select(c => c.CandidateName!));
                if (response.NextToken == null)
                {
                    return names;
                }

                request.NextToken = response.NextToken;
            }

            throw new InvalidOperationException("The listing did not end.");
        }
    }
}
