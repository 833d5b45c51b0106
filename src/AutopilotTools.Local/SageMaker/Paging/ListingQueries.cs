using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using AutopilotTools.Local.Storage;
using AutopilotTools.Model;

namespace AutopilotTools.Local.SageMaker.Paging
{
    /// <summary>
    /// A List request as its store's query, read the same way by every List operation: filters, the sort (each
    /// operation's sort enum spells Name, CreationTime and Status alike; absent means the operation's default),
    /// Descending unless Ascending is asked for, and the page; and the page the store returns, as the response's
    /// summaries and NextToken. Each List operation says only its default sort, its store and its summary.
    /// </summary>
    internal static class ListingQueries
    {
        /// <summary>
        /// The page a status listing asks for, in the response's terms: each record as <paramref name="summarize"/> makes
        /// it, and the NextToken. <paramref name="defaultSort"/> is the operation's when the request names none.
        /// </summary>
        public static async Task<(List<TSummary> Summaries, string? NextToken)> PageAsync<TRecord, TSummary>(
            IStatusListRequest request,
            StatusResourceSortBy defaultSort,
            IStatusStore<TRecord> store,
            Func<TRecord, TSummary> summarize,
            CancellationToken cancellationToken)
            where TRecord : class, IStatusRecord
        {
            var (query, paging) = WithStatus(request, defaultSort);
            Page<TRecord> page = await store.ListAsync(query, cancellationToken);
            return (page.Items.Select(summarize).ToList(), paging.NextToken(page.Next));
        }

        /// <summary>The page a listing of resources without a status asks for, in the response's terms.</summary>
        public static async Task<(List<TSummary> Summaries, string? NextToken)> PageAsync<TSummary>(
            IListRequest request,
            IResourceStore store,
            Func<ResourceRecord, TSummary> summarize,
            CancellationToken cancellationToken)
        {
            var (query, paging) = Named(request);
            Page<ResourceRecord> page = await store.ListAsync(query, cancellationToken);
            return (page.Items.Select(summarize).ToList(), paging.NextToken(page.Next));
        }

        private static (StatusResourceQuery Query, PageRequest Paging) WithStatus(IStatusListRequest request, StatusResourceSortBy defaultSort)
        {
            StatusResourceSortBy sortBy = request.SortBy switch
            {
                "Name" => StatusResourceSortBy.Name,
                "CreationTime" => StatusResourceSortBy.CreationTime,
                "Status" => StatusResourceSortBy.Status,
                _ => defaultSort,
            };
            bool descending = request.SortOrder != OrderKey.Ascending;
            PageRequest paging = PageRequest.Sorted(sortBy, descending, request.NextToken, request.MaxResults);
            var query = new StatusResourceQuery
            {
                StatusEquals = request.StatusEquals,
                NameContains = request.NameContains,
                CreationTimeAfter = request.CreationTimeAfter,
                CreationTimeBefore = request.CreationTimeBefore,
                LastModifiedTimeAfter = request.LastModifiedTimeAfter,
                LastModifiedTimeBefore = request.LastModifiedTimeBefore,
                SortBy = sortBy,
                Descending = descending,
                PageSize = paging.PageSize,
                After = paging.After,
            };
            return (query, paging);
        }

        /// <summary>Listings without a status sort by CreationTime unless Name is asked for.</summary>
        private static (ResourceQuery Query, PageRequest Paging) Named(IListRequest request)
        {
            bool byName = request.SortBy == "Name";
            bool descending = request.SortOrder != OrderKey.Ascending;
            PageRequest paging = PageRequest.Sorted(byName ? "Name" : "CreationTime", descending, request.NextToken, request.MaxResults);
            var query = new ResourceQuery
            {
                NameContains = request.NameContains,
                CreationTimeAfter = request.CreationTimeAfter,
                CreationTimeBefore = request.CreationTimeBefore,
                SortByName = byName,
                Descending = descending,
                PageSize = paging.PageSize,
                After = paging.After,
            };
            return (query, paging);
        }
    }
}
