using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime;

/// <summary>
/// An unpaged edge whose answer is one object wrapped in <c>{"data": ...}</c> (<c>/{id}/picture</c>): read it, or
/// build its request. A generated edge builder derives from it and adds only the edge's own operations.
/// </summary>
/// <typeparam name="TItem">The object's model.</typeparam>
/// <typeparam name="TFields">The object's field selector.</typeparam>
public abstract class GraphObjectEdgeRequestBuilder<TItem, TFields> : GraphRequestBuilder
    where TItem : class, IGraphModel<TItem>
    where TFields : FieldSelection
{
    /// <summary>Creates the builder.</summary>
    /// <param name="client">The client that sends the requests.</param>
    /// <param name="path">The escaped edge path.</param>
    /// <param name="errorClassifier">The schema's error catalog.</param>
    protected GraphObjectEdgeRequestBuilder(GraphClient client, string path, IGraphErrorClassifier errorClassifier)
        : base(client, path, errorClassifier)
    {
    }

    /// <summary>Reads the edge's object (the Graph API wraps it in <c>{"data": ...}</c>).</summary>
    /// <param name="fields">The fields to read; the Graph API's defaults when omitted.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The object, or <see langword="null"/> when the response has no data.</returns>
    public Task<TItem?> GetAsync(TFields? fields = null, GraphCallOptions? options = null, CancellationToken cancellationToken = default)
        => Client.SendAsync(ToGetRequest(fields, options), cancellationToken);

    /// <summary>The request that reads the edge's object, not sent.</summary>
    /// <param name="fields">The fields to read; the Graph API's defaults when omitted.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <returns>The request with its reader.</returns>
    public GraphRequest<TItem?> ToGetRequest(TFields? fields = null, GraphCallOptions? options = null)
        => CreateGetRequest(fields, null, options);

    /// <summary>The request with the edge's query parameters.</summary>
    /// <param name="fields">The fields to read.</param>
    /// <param name="query">The query parameters, or null.</param>
    /// <param name="options">Per-call overrides.</param>
    /// <returns>The request with its reader.</returns>
    private protected GraphRequest<TItem?> CreateGetRequest(TFields? fields, IGraphParameters? query, GraphCallOptions? options)
        => new(CreateRequest(HttpMethod.Get, fields, query, options, idempotent: true), ReadData);

    private static TItem? ReadData(ref GraphJsonReader reader) => GraphEnvelope.ReadData(ref reader, ReadModel<TItem>);
}

/// <summary>An unpaged object edge with query parameters (<c>/{id}/picture?type=large</c>).</summary>
/// <typeparam name="TItem">The object's model.</typeparam>
/// <typeparam name="TFields">The object's field selector.</typeparam>
/// <typeparam name="TQuery">The edge's query-parameters class.</typeparam>
public abstract class GraphObjectEdgeRequestBuilder<TItem, TFields, TQuery> : GraphObjectEdgeRequestBuilder<TItem, TFields>
    where TItem : class, IGraphModel<TItem>
    where TFields : FieldSelection
    where TQuery : class, IGraphParameters
{
    /// <summary>Creates the builder.</summary>
    /// <param name="client">The client that sends the requests.</param>
    /// <param name="path">The escaped edge path.</param>
    /// <param name="errorClassifier">The schema's error catalog.</param>
    protected GraphObjectEdgeRequestBuilder(GraphClient client, string path, IGraphErrorClassifier errorClassifier)
        : base(client, path, errorClassifier)
    {
    }

    /// <summary>Reads the edge's object (the Graph API wraps it in <c>{"data": ...}</c>).</summary>
    /// <param name="fields">The fields to read; the Graph API's defaults when omitted.</param>
    /// <param name="query">The edge's query parameters.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The object, or <see langword="null"/> when the response has no data.</returns>
    public Task<TItem?> GetAsync(TFields? fields = null, TQuery? query = null, GraphCallOptions? options = null, CancellationToken cancellationToken = default)
        => Client.SendAsync(ToGetRequest(fields, query, options), cancellationToken);

    /// <summary>The request that reads the edge's object, not sent.</summary>
    /// <param name="fields">The fields to read; the Graph API's defaults when omitted.</param>
    /// <param name="query">The edge's query parameters.</param>
    /// <param name="options">Per-call overrides (token, API version).</param>
    /// <returns>The request with its reader.</returns>
    public GraphRequest<TItem?> ToGetRequest(TFields? fields = null, TQuery? query = null, GraphCallOptions? options = null)
        => CreateGetRequest(fields, Query(query), options);
}
