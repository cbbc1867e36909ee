using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime;

/// <summary>
/// A cursor-paged list edge whose items have no schema type (<c>target: json</c>; Facebook's specs name item types
/// they publish no file for): every item is a raw <see cref="JsonElement"/>. The field selection is Graph's
/// <c>fields=</c> text as is (<c>"id,name"</c>), since there is no selector to build it.
/// </summary>
public abstract class GraphJsonEdgeRequestBuilder : GraphRequestBuilder
{
    private static readonly JsonElement JsonNull = JsonDocument.Parse("null").RootElement.Clone();

    /// <summary>Creates the builder.</summary>
    /// <param name="client">The client that sends the requests.</param>
    /// <param name="path">The escaped edge path.</param>
    /// <param name="errorClassifier">The schema's error catalog.</param>
    protected GraphJsonEdgeRequestBuilder(GraphClient client, string path, IGraphErrorClassifier errorClassifier)
        : base(client, path, errorClassifier)
    {
    }

    /// <summary>Every item of the edge as raw JSON, following <c>paging.next</c> page by page.</summary>
    /// <param name="fields">Graph's <c>fields=</c> text (<c>"id,name"</c>); the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, as they arrive.</returns>
    public IAsyncEnumerable<JsonElement> ListAsync(string? fields = null, int? limit = null, GraphCallOptions? options = null, CancellationToken cancellationToken = default)
        => Client.ListAsync(ToListRequest(fields, limit, options), cancellationToken);

    /// <summary>The first page of the edge; continue with <see cref="GraphClient.GetNextPageAsync{T}"/>.</summary>
    /// <param name="fields">Graph's <c>fields=</c> text; the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with its cursors.</returns>
    public Task<GraphPage<JsonElement>> GetPageAsync(string? fields = null, int? limit = null, GraphCallOptions? options = null, CancellationToken cancellationToken = default)
        => Client.GetPageAsync(ToListRequest(fields, limit, options), cancellationToken);

    /// <summary>The request for the first page, not sent (for a batch, or to inspect).</summary>
    /// <param name="fields">Graph's <c>fields=</c> text; the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <returns>The request with the item reader.</returns>
    public GraphPageRequest<JsonElement> ToListRequest(string? fields = null, int? limit = null, GraphCallOptions? options = null)
        => CreateListRequest(fields, limit, null, options);

    /// <summary>The first page's request with the edge's query parameters.</summary>
    /// <param name="fields">Graph's <c>fields=</c> text, or null.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="query">The query parameters, or null.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <returns>The request with the item reader.</returns>
    private protected GraphPageRequest<JsonElement> CreateListRequest(string? fields, int? limit, IGraphParameters? query, GraphCallOptions? options)
    {
        GraphRequest request = CreateRequest(HttpMethod.Get, null, query, options, idempotent: true);
        request.AddFields(fields);
        request.Add("limit", limit);
        return new GraphPageRequest<JsonElement>(request, ReadItem);
    }

    // A JSON null item stays an element (ValueKind Null), so a page keeps every position Graph sent.
    private static JsonElement ReadItem(ref GraphJsonReader reader) => GraphJson.ReadJson(ref reader) ?? JsonNull;
}

/// <summary>A raw-JSON list edge with query parameters (<c>target: json</c> and <c>params</c>).</summary>
/// <typeparam name="TQuery">The edge's query-parameters class.</typeparam>
public abstract class GraphJsonEdgeRequestBuilder<TQuery> : GraphJsonEdgeRequestBuilder
    where TQuery : class, IGraphParameters
{
    /// <summary>Creates the builder.</summary>
    /// <param name="client">The client that sends the requests.</param>
    /// <param name="path">The escaped edge path.</param>
    /// <param name="errorClassifier">The schema's error catalog.</param>
    protected GraphJsonEdgeRequestBuilder(GraphClient client, string path, IGraphErrorClassifier errorClassifier)
        : base(client, path, errorClassifier)
    {
    }

    /// <summary>Every item of the edge as raw JSON, following <c>paging.next</c> page by page.</summary>
    /// <param name="fields">Graph's <c>fields=</c> text; the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="query">The edge's query parameters.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items, as they arrive.</returns>
    public IAsyncEnumerable<JsonElement> ListAsync(string? fields = null, int? limit = null, TQuery? query = null, GraphCallOptions? options = null, CancellationToken cancellationToken = default)
        => Client.ListAsync(ToListRequest(fields, limit, query, options), cancellationToken);

    /// <summary>The first page of the edge; continue with <see cref="GraphClient.GetNextPageAsync{T}"/>.</summary>
    /// <param name="fields">Graph's <c>fields=</c> text; the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="query">The edge's query parameters.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page, with its cursors.</returns>
    public Task<GraphPage<JsonElement>> GetPageAsync(string? fields = null, int? limit = null, TQuery? query = null, GraphCallOptions? options = null, CancellationToken cancellationToken = default)
        => Client.GetPageAsync(ToListRequest(fields, limit, query, options), cancellationToken);

    /// <summary>The request for the first page, not sent (for a batch, or to inspect).</summary>
    /// <param name="fields">Graph's <c>fields=</c> text; the Graph API's defaults when omitted.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="query">The edge's query parameters.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <returns>The request with the item reader.</returns>
    public GraphPageRequest<JsonElement> ToListRequest(string? fields = null, int? limit = null, TQuery? query = null, GraphCallOptions? options = null)
        => CreateListRequest(fields, limit, Query(query), options);
}
