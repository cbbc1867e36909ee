using System;
using System.ComponentModel;
using System.Net.Http;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// The base of every generated request builder: a path under the API version (<c>me</c>, <c>me/albums</c>), the
/// client that sends, and the schema's error catalog. Generated builders only bind types and names; building a
/// request (<c>ToXxxRequest</c>) is apart from sending it (<c>XxxAsync</c>).
/// </summary>
public abstract class GraphRequestBuilder
{
    /// <summary>Creates the builder.</summary>
    /// <param name="client">The client that sends the requests.</param>
    /// <param name="path">The escaped path relative to the API version.</param>
    /// <param name="errorClassifier">The schema's error catalog.</param>
    protected GraphRequestBuilder(GraphClient client, string path, IGraphErrorClassifier errorClassifier)
    {
        Client = client ?? throw new ArgumentNullException(nameof(client));
        Path = path ?? throw new ArgumentNullException(nameof(path));
        ErrorClassifier = errorClassifier ?? throw new ArgumentNullException(nameof(errorClassifier));
    }

    /// <summary>The request path relative to the API version, e.g. <c>me/albums</c>.</summary>
    public string Path { get; }

    /// <summary>The client that sends the requests.</summary>
    protected GraphClient Client { get; }

    /// <summary>The schema's error catalog, given to every request.</summary>
    protected IGraphErrorClassifier ErrorClassifier { get; }

    /// <summary>
    /// The query of an edge call; a missing one is an <see cref="ArgumentException"/> when its class has a required
    /// parameter (<see cref="IGraphParameters.RequiredParameter"/>): the Graph API would answer error 100.
    /// </summary>
    private protected static IGraphParameters? Query<TQuery>(TQuery? query)
        where TQuery : class, IGraphParameters
    {
        if (query is null && TQuery.RequiredParameter is { } name)
        {
            throw new ArgumentException($"The parameter '{name}' is required: pass a {typeof(TQuery).Name} as the query.", nameof(query));
        }

        return query;
    }

    /// <summary>A request on <see cref="Path"/> (or a sub-path) with the fields, parameters and call options given.</summary>
    /// <param name="method">GET, POST or DELETE.</param>
    /// <param name="fields">The field selection, or null.</param>
    /// <param name="parameters">The parameters, validated and added, or null.</param>
    /// <param name="options">Per-call overrides, or null.</param>
    /// <param name="idempotent">Whether the call may be retried after a failure.</param>
    /// <returns>The request, not sent.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected GraphRequest CreateRequest(HttpMethod method, FieldSelection? fields, IGraphParameters? parameters, GraphCallOptions? options, bool idempotent)
    {
        var request = new GraphRequest(method, Path)
        {
            CallOptions = options,
            ErrorClassifier = ErrorClassifier,
            IsIdempotent = idempotent,
        };
        parameters?.AddTo(request);
        request.AddFields(fields);
        return request;
    }

    /// <summary>A request whose response is a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The model the call returns.</typeparam>
    /// <param name="method">GET, POST or DELETE.</param>
    /// <param name="fields">The field selection, or null.</param>
    /// <param name="parameters">The parameters, or null.</param>
    /// <param name="options">Per-call overrides, or null.</param>
    /// <param name="idempotent">Whether the call may be retried after a failure.</param>
    /// <returns>The request with its reader, not sent.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    protected GraphRequest<T> Prepare<T>(HttpMethod method, FieldSelection? fields, IGraphParameters? parameters, GraphCallOptions? options, bool idempotent)
        where T : IGraphModel<T>
        => new(CreateRequest(method, fields, parameters, options, idempotent), ReadModel<T>);

    /// <summary>Reads one generated model; the one reader every builder hands the client.</summary>
    private protected static T ReadModel<T>(ref GraphJsonReader reader)
        where T : IGraphModel<T>
        => T.ReadJson(ref reader);
}
