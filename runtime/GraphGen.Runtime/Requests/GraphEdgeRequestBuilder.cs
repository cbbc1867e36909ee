using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime;

/// <summary>
/// A cursor-paged list edge (<c>/{id}/albums</c>): list every item, get one page, or build the first page's request.
/// A generated edge builder derives from it and adds only the edge's own operations.
/// </summary>
/// <typeparam name="TItem">The item model.</typeparam>
/// <typeparam name="TFields">The item's field selector.</typeparam>
public abstract class GraphEdgeRequestBuilder<TItem, TFields> : GraphRequestBuilder
    where TItem : IGraphModel<TItem>
    where TFields : FieldSelection
{
    /// <summary>Creates the builder.</summary>
    /// <param name="client">The client that sends the requests.</param>
    /// <param name="path">The escaped edge path.</param>
    /// <param name="errorClassifier">The schema's error catalog.</param>
    protected GraphEdgeRequestBuilder(GraphClient client, string path, IGraphErrorClassifier errorClassifier)
        : base(client, path, errorClassifier)
    {
    }

    /// <summary>Every item of the edge, following <c>paging.next</c> page by page (one page in memory at a time).</summary>
    /// <param name="fields">The fields of each item; the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, as they arrive.</returns>
    public IAsyncEnumerable<TItem> ListAsync(TFields? fields = null, int? limit = null, GraphCallOptions? options = null, CancellationToken cancellationToken = default)
        => Client.ListAsync(ToListRequest(fields, limit, options), cancellationToken);

    /// <summary>The first page of the edge; continue with <see cref="GraphClient.GetNextPageAsync{T}"/>.</summary>
    /// <param name="fields">The fields of each item; the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with its cursors.</returns>
    public Task<GraphPage<TItem>> GetPageAsync(TFields? fields = null, int? limit = null, GraphCallOptions? options = null, CancellationToken cancellationToken = default)
        => Client.GetPageAsync(ToListRequest(fields, limit, options), cancellationToken);

    /// <summary>The request for the first page, not sent (for a batch, or to inspect).</summary>
    /// <param name="fields">The fields of each item; the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <returns>The request with the item reader.</returns>
    public GraphPageRequest<TItem> ToListRequest(TFields? fields = null, int? limit = null, GraphCallOptions? options = null)
        => CreateListRequest(fields, limit, null, options);

    /// <summary>The first page's request with the edge's query parameters.</summary>
    /// <param name="fields">The fields of each item.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="query">The query parameters, or null.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <returns>The request with the item reader.</returns>
    private protected GraphPageRequest<TItem> CreateListRequest(TFields? fields, int? limit, IGraphParameters? query, GraphCallOptions? options)
    {
        GraphRequest request = CreateRequest(HttpMethod.Get, fields, query, options, idempotent: true);
        request.Add("limit", limit);
        return new GraphPageRequest<TItem>(request, ReadModel<TItem>);
    }
}

/// <summary>
/// A cursor-paged list edge with query parameters. Its methods take the query after the limit, as optional as the
/// rest; C# picks them over the base class's (declared in the more derived type).
/// </summary>
/// <typeparam name="TItem">The item model.</typeparam>
/// <typeparam name="TFields">The item's field selector.</typeparam>
/// <typeparam name="TQuery">The edge's query-parameters class.</typeparam>
public abstract class GraphEdgeRequestBuilder<TItem, TFields, TQuery> : GraphEdgeRequestBuilder<TItem, TFields>
    where TItem : IGraphModel<TItem>
    where TFields : FieldSelection
    where TQuery : class, IGraphParameters
{
    /// <summary>Creates the builder.</summary>
    /// <param name="client">The client that sends the requests.</param>
    /// <param name="path">The escaped edge path.</param>
    /// <param name="errorClassifier">The schema's error catalog.</param>
    protected GraphEdgeRequestBuilder(GraphClient client, string path, IGraphErrorClassifier errorClassifier)
        : base(client, path, errorClassifier)
    {
    }

    /// <summary>Every item of the edge, following <c>paging.next</c> page by page (one page in memory at a time).</summary>
    /// <param name="fields">The fields of each item; the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="query">The edge's query parameters.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, as they arrive.</returns>
    public IAsyncEnumerable<TItem> ListAsync(TFields? fields = null, int? limit = null, TQuery? query = null, GraphCallOptions? options = null, CancellationToken cancellationToken = default)
        => Client.ListAsync(ToListRequest(fields, limit, query, options), cancellationToken);

    /// <summary>The first page of the edge; continue with <see cref="GraphClient.GetNextPageAsync{T}"/>.</summary>
    /// <param name="fields">The fields of each item; the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="query">The edge's query parameters.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with its cursors.</returns>
    public Task<GraphPage<TItem>> GetPageAsync(TFields? fields = null, int? limit = null, TQuery? query = null, GraphCallOptions? options = null, CancellationToken cancellationToken = default)
        => Client.GetPageAsync(ToListRequest(fields, limit, query, options), cancellationToken);

    /// <summary>The request for the first page, not sent (for a batch, or to inspect).</summary>
    /// <param name="fields">The fields of each item; the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="query">The edge's query parameters.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <returns>The request with the item reader.</returns>
    public GraphPageRequest<TItem> ToListRequest(TFields? fields = null, int? limit = null, TQuery? query = null, GraphCallOptions? options = null)
        => CreateListRequest(fields, limit, Query(query), options);
}
