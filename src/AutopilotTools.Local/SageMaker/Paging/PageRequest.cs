using AutopilotTools.Local.Storage;

namespace AutopilotTools.Local.SageMaker.Paging
{
    /// <summary>
    /// A listing request's paging, read the same way by every List operation: where to start (its NextToken, which
    /// must come from a listing in the same order) and how many to return (MaxResults, else the listing's default).
    /// </summary>
    internal sealed class PageRequest
    {
        private readonly string _order;

        /// <param name="order">The sort key and direction, e.g. "Name:Ascending"; a token carries it, so it cannot be reused in another order.</param>
        public PageRequest(string order, string? nextToken, int? maxResults, int defaultPageSize)
        {
            _order = order;
            After = NextTokens.Decode(nextToken, order);
            PageSize = maxResults ?? defaultPageSize;
        }

        public PageKey? After { get; }

        public int PageSize { get; }

        /// <summary>A listing sorted by <paramref name="sortBy"/>, 10 to a page unless asked otherwise.</summary>
        public static PageRequest Sorted(object sortBy, bool descending, string? nextToken, int? maxResults) =>
            new PageRequest(sortBy + (descending ? ":Descending" : ":Ascending"), nextToken, maxResults, 10);

        /// <summary>The NextToken of the response: null on the last page.</summary>
        public string? NextToken(PageKey? next) => NextTokens.Encode(next, _order);
    }
}
