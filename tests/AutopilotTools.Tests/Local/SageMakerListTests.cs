using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using AutopilotTools.Client;
using AutopilotTools.Client.Errors;
using AutopilotTools.Model;
using Xunit;

namespace AutopilotTools.Tests.Local
{
    /// <summary>ListAutoMLJobs: filters, sort orders, pages and their tokens.</summary>
    public sealed class SageMakerListTests
    {
        private static readonly DateTimeOffset Start = new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

        [Fact]
        public async Task TheDefaultOrderIsByNameDescendingTenAPage()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            for (int i = 0; i < 12; i++)
            {
                await sageMaker.CreateAutoMLJobV2Async(Jobs.V2($"job-{i:00}"));
            }

            ListAutoMLJobsResponse first = await sageMaker.ListAutoMLJobsAsync(new ListAutoMLJobsRequest());
            ListAutoMLJobsResponse second = await sageMaker.ListAutoMLJobsAsync(new ListAutoMLJobsRequest { NextToken = first.NextToken });

            Assert.Equal(Enumerable.Range(2, 10).Reverse().Select(i => $"job-{i:00}"), first.AutoMLJobSummaries!.Select(s => s.AutoMLJobName));
            Assert.Equal(new[] { "job-01", "job-00" }, second.AutoMLJobSummaries!.Select(s => s.AutoMLJobName));
            Assert.Null(second.NextToken);
            Model.AutoMLJobSummary summary = first.AutoMLJobSummaries![0];
            Assert.Equal((AutoMLJobStatus.InProgress, AutoMLJobSecondaryStatus.Starting), (summary.AutoMLJobStatus, summary.AutoMLJobSecondaryStatus));
            Assert.EndsWith(":automl-job/job-11", summary.AutoMLJobArn);
        }

        [Fact]
        public async Task FiltersAndSortOrdersCombineWithPaging()
        {
            var clock = new ManualClock(Start);
            await using TestLocalServer server = await TestLocalServer.StartAsync(clock);
            ISageMakerApi sageMaker = server.SageMaker();
            var created = new Dictionary<string, DateTime>();
            foreach (string name in new[] { "churn-a", "Churn-B", "fraud-a", "churn-c", "fraud-b" })
            {
                created[name] = clock.Advance(TimeSpan.FromMinutes(1));
                await (name.StartsWith("fraud", StringComparison.Ordinal)
                    ? sageMaker.CreateAutoMLJobAsync(Jobs.V1(name))
                    : (Task)sageMaker.CreateAutoMLJobV2Async(Jobs.V2(name)));
            }

            clock.Advance(TimeSpan.FromMinutes(1));
            await sageMaker.StopAutoMLJobAsync(new StopAutoMLJobRequest { AutoMLJobName = "churn-c" });

            Assert.Equal(new[] { "churn-a", "Churn-B", "churn-c" }, await NamesAsync(sageMaker, new ListAutoMLJobsRequest { NameContains = "CHURN", SortBy = AutoMLSortBy.CreationTime, SortOrder = AutoMLSortOrder.Ascending }, 2));
            Assert.Equal(new[] { "fraud-b", "fraud-a" }, await NamesAsync(sageMaker, new ListAutoMLJobsRequest { NameContains = "fraud", SortBy = AutoMLSortBy.CreationTime }, 1));
            Assert.Equal(new[] { "Churn-B", "fraud-a", "churn-c" }, await NamesAsync(sageMaker, new ListAutoMLJobsRequest
            {
                CreationTimeAfter = created["churn-a"], CreationTimeBefore = created["fraud-b"], SortBy = AutoMLSortBy.CreationTime, SortOrder = AutoMLSortOrder.Ascending,
            }, 2));
            Assert.Equal(new[] { "churn-c" }, await NamesAsync(sageMaker, new ListAutoMLJobsRequest { LastModifiedTimeAfter = created["fraud-b"] }, 5));
            // Names compare without regard to case, as they are unique without regard to case.
            Assert.Equal(new[] { "fraud-b", "fraud-a", "Churn-B", "churn-a" }, await NamesAsync(sageMaker, new ListAutoMLJobsRequest { StatusEquals = AutoMLJobStatus.InProgress }, 3));
            List<string> byStatus = await NamesAsync(sageMaker, new ListAutoMLJobsRequest { SortBy = AutoMLSortBy.Status, SortOrder = AutoMLSortOrder.Ascending }, 2);
            Assert.Equal(5, byStatus.Count);
            Assert.Equal("churn-c", byStatus.Last());
        }

        [Fact]
        public async Task BadPagingArgumentsAreValidationExceptions()
        {
            await using TestLocalServer server = await TestLocalServer.StartAsync();
            ISageMakerApi sageMaker = server.SageMaker();
            await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("one"));
            await sageMaker.CreateAutoMLJobV2Async(Jobs.V2("two"));
            ListAutoMLJobsResponse page = await sageMaker.ListAutoMLJobsAsync(new ListAutoMLJobsRequest { MaxResults = 1 });

            foreach (ListAutoMLJobsRequest bad in new[]
            {
                new ListAutoMLJobsRequest { MaxResults = 0 },
                new ListAutoMLJobsRequest { MaxResults = 101 },
                new ListAutoMLJobsRequest { NextToken = "not-a-token" },
                new ListAutoMLJobsRequest { NextToken = page.NextToken, SortBy = AutoMLSortBy.CreationTime },
                new ListAutoMLJobsRequest { StatusEquals = "inprogress" },
                new ListAutoMLJobsRequest { SortBy = "Size" },
            })
            {
                var error = await Assert.ThrowsAnyAsync<AutopilotServiceException>(() => sageMaker.ListAutoMLJobsAsync(bad));
                Assert.Equal("ValidationException", error.ErrorCode);
            }
        }

        private static async Task<List<string>> NamesAsync(ISageMakerApi sageMaker, ListAutoMLJobsRequest request, int pageSize)
        {
            var names = new List<string>();
            request.MaxResults = pageSize;
            for (int page = 0; page < 20; page++)
            {
                ListAutoMLJobsResponse response = await sageMaker.ListAutoMLJobsAsync(request);
                Assert.True(response.AutoMLJobSummaries!.Count <= pageSize);
                names.AddRange(response.AutoMLJobSummaries.Select(s => s.AutoMLJobName!));
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
