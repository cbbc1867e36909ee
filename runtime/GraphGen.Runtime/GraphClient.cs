using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime;

/// <summary>
/// Calls the Graph API: single requests, pages, lists and batches. Adds the token (as an <c>Authorization</c> header)
/// and <c>appsecret_proof</c> to every request, classifies errors from Graph's error body, retries idempotent calls
/// on throttling and transient failures, and never puts credentials in messages. Thread-safe; share one per token
/// set. Works with <c>IHttpClientFactory</c>: pass the factory's client (set its <c>Timeout</c> to infinite and use
/// <see cref="GraphClientOptions.Timeout"/>, which applies per attempt).
/// </summary>
public sealed class GraphClient
{
    private readonly HttpClient _http;
    private readonly GraphTransport _transport;
    private readonly SecretRedactor _redactor;

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client (not disposed by this class).</param>
    /// <param name="options">The options; validated and copied.</param>
    /// <exception cref="ArgumentException">The options are invalid (e.g. plain HTTP to a non-loopback host).</exception>
    public GraphClient(HttpClient httpClient, GraphClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _http = httpClient;
        Options = options.FreezeCopy();
        _redactor = new SecretRedactor(Options.AccessToken, Options.AppSecret);
        _transport = new GraphTransport(_http, Options);
    }

    /// <summary>The client's options: a validated, frozen copy of those passed in.</summary>
    public GraphClientOptions Options { get; }

    /// <summary>
    /// The usage headers of the most recent response that had any: of this client, or of any client sharing its
    /// <see cref="GraphClientOptions.UsageTracker"/>.
    /// </summary>
    public GraphUsage? LatestUsage => _transport.LatestUsage;

    /// <summary>Sends a request and reads its body with <paramref name="readResponse"/>.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="request">The request.</param>
    /// <param name="readResponse">Reads the body's root value.</param>
    /// <param name="cancellationToken">Cancels the call, including retry waits.</param>
    /// <returns>The value read.</returns>
    /// <exception cref="GraphApiException">Graph returned an error, with any status including 200 (after retries, if any).</exception>
    /// <exception cref="GraphTransportException">No complete response arrived within the attempt's timeout.</exception>
    /// <exception cref="GraphProtocolException">The response is not what Graph sends, or it is a redirect the client
    /// does not follow (to another host, or one that would change the method).</exception>
    public async Task<T> SendAsync<T>(GraphRequest request, JsonValueReader<T> readResponse, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(readResponse);
        PreparedRequest prepared = PreparedRequest.For(request, Options, _redactor);
        using ResponseBody body = await _transport.SendAsync(prepared, request.ResolveIdempotent(), request.ErrorClassifier, cancellationToken).ConfigureAwait(false);
        return Parse(prepared, body, readResponse);
    }

    /// <summary>Gets the first page of a list edge.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="request">The request (a GET of an edge).</param>
    /// <param name="readItem">Reads one item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public async Task<GraphPage<T>> GetPageAsync<T>(GraphRequest request, JsonValueReader<T> readItem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(readItem);
        PreparedRequest prepared = PreparedRequest.For(request, Options, _redactor);
        return await FetchPageAsync(prepared, request.ResolveIdempotent(), request.CallOptions, request.ErrorClassifier, readItem,
            new PageTrail(Options.MaxPages), position: 1, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Gets the page after <paramref name="page"/> by following <c>paging.next</c>, or <c>null</c> when there is none.
    /// The link must point at <see cref="GraphClientOptions.BaseAddress"/>'s host: otherwise nothing is sent and a
    /// <see cref="GraphProtocolException"/> is thrown. Credentials in the link are dropped and recomputed. A link back
    /// to any page this chain already fetched (a cursor cycle), or past <see cref="GraphClientOptions.MaxPages"/>, is
    /// refused before it is sent.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="page">The current page.</param>
    /// <param name="readItem">Reads one item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The next page, or <c>null</c>.</returns>
    /// <exception cref="GraphProtocolException">The link is on another host, leads back to a page already fetched, or
    /// the chain reached <see cref="GraphClientOptions.MaxPages"/>.</exception>
    public async Task<GraphPage<T>?> GetNextPageAsync<T>(GraphPage<T> page, JsonValueReader<T> readItem, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(readItem);
        string? next = page.Paging?.Next;
        if (string.IsNullOrEmpty(next)) return null;

        if (!Uri.TryCreate(next, UriKind.Absolute, out Uri? nextUri) || !PreparedRequest.IsSameOrigin(nextUri, Options.BaseAddress))
        {
            string shown = _redactor.RedactText(next.Length > 200 ? next[..200] + "…" : next)!;
            throw new GraphProtocolException(
                $"Refusing to follow paging.next '{shown}': it is not on {Options.BaseAddress.GetLeftPart(UriPartial.Authority)}. Nothing was sent.",
                null, shown, null, null, null);
        }

        PreparedRequest prepared = PreparedRequest.ForNextLink(nextUri, page.CallOptions?.AccessToken ?? Options.AccessToken, Options, _redactor);
        if (page.SourceIdentity is not null && string.Equals(prepared.Identity, page.SourceIdentity, StringComparison.Ordinal))
        {
            throw new GraphProtocolException($"Paging does not advance: paging.next of {prepared.DisplayUrl} leads to the same page.",
                null, $"GET {prepared.DisplayUrl}", null, null, null);
        }

        // A page the caller read itself has no trail: the chain starts with it.
        PageTrail trail = page.Trail ?? new PageTrail(Options.MaxPages);
        int position = Math.Max(page.Position, 1) + 1;
        if (position > trail.MaxPages)
        {
            throw new GraphProtocolException($"Paging stopped: {trail.MaxPages} pages fetched and paging.next still leads on (GraphClientOptions.MaxPages). Nothing more was sent.",
                null, $"GET {prepared.DisplayUrl}", null, null, null);
        }

        if (trail.EarlierPosition(prepared.Identity, position) is { } earlier)
        {
            throw new GraphProtocolException($"Paging does not advance: paging.next of page {position - 1} ({prepared.DisplayUrl}) leads back to page {earlier}, a cursor cycle. Nothing was sent.",
                null, $"GET {prepared.DisplayUrl}", null, null, null);
        }

        GraphPage<T> result = await FetchPageAsync(prepared, idempotent: page.CallOptions?.IsIdempotent ?? true, page.CallOptions, page.ErrorClassifier,
            readItem, trail, position, cancellationToken).ConfigureAwait(false);
        if (page.Paging?.Cursors?.After is { Length: > 0 } after && result.HasNext && result.Paging?.Cursors?.After == after)
        {
            throw new GraphProtocolException($"Paging does not advance: {prepared.DisplayUrl} returned the same 'after' cursor as the page before.",
                null, $"GET {prepared.DisplayUrl}", null, null, null);
        }

        return result;
    }

    /// <summary>
    /// Enumerates every item of a list edge, page by page, until <c>paging.next</c> is absent (an empty page with a
    /// next link is followed). Holds one page at a time, so memory stays constant however long the list (plus a few
    /// dozen bytes per page for cycle detection). A page answered with a Graph error (also with HTTP 200) throws it; a
    /// cursor cycle or more than <see cref="GraphClientOptions.MaxPages"/> pages throw <see cref="GraphProtocolException"/>.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="request">The request for the first page.</param>
    /// <param name="readItem">Reads one item.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items.</returns>
    public async IAsyncEnumerable<T> ListAsync<T>(GraphRequest request, JsonValueReader<T> readItem, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        GraphPage<T>? page = await GetPageAsync(request, readItem, cancellationToken).ConfigureAwait(false);
        while (page is not null)
        {
            foreach (T item in page.Data)
            {
                yield return item;
            }

            page = await GetNextPageAsync(page, readItem, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends requests as Graph batches of up to 50 (more are split into several batches, in order). Each item gets
    /// its own result: a failed item does not fail the others. All items must use the same access token.
    /// </summary>
    /// <param name="items">The items; a <see cref="GraphBatchItem.DependsOn"/> must name an item in the same batch of 50.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One result per item, in order.</returns>
    /// <exception cref="GraphException">A whole batch request failed.</exception>
    public async Task<IReadOnlyList<GraphBatchResult>> SendBatchAsync(IReadOnlyList<GraphBatchItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        string? token = BatchToken(items);
        var results = new List<GraphBatchResult>(items.Count);
        for (int start = 0; start < items.Count; start += BatchCodec.MaxItemsPerBatch)
        {
            int count = Math.Min(BatchCodec.MaxItemsPerBatch, items.Count - start);
            ValidateBatchNames(items, start, count);
            var request = new GraphRequest(HttpMethod.Post, string.Empty)
            {
                CallOptions = new GraphCallOptions { AccessToken = token },
                IsIdempotent = AllIdempotent(items, start, count),
            };
            request.Add("batch", BatchCodec.Encode(items, start, count)).Add("include_headers", true);
            PreparedRequest prepared = PreparedRequest.For(request, Options, _redactor);
            using ResponseBody body = await _transport.SendAsync(prepared, request.IsIdempotent, null, cancellationToken).ConfigureAwait(false);
            try
            {
                BatchCodec.Decode(body.Span, items, start, count, $"{prepared.Method} {prepared.DisplayUrl}", prepared.Redactor, Options.ErrorClassifier, results);
            }
            catch (Exception ex) when (ErrorFactory.IsReadFailure(ex))
            {
                throw ErrorFactory.Unreadable(prepared, body, ex);
            }
        }

        return results;
    }

    private async Task<GraphPage<T>> FetchPageAsync<T>(PreparedRequest prepared, bool idempotent, GraphCallOptions? callOptions,
        IGraphErrorClassifier? classifier, JsonValueReader<T> readItem, PageTrail trail, int position, CancellationToken cancellationToken)
    {
        using ResponseBody body = await _transport.SendAsync(prepared, idempotent, classifier, cancellationToken).ConfigureAwait(false);
        GraphPage<T> page = Parse(prepared, body, (ref GraphJsonReader r) => GraphPage<T>.Read(ref r, readItem));
        string identity = prepared.Identity;
        trail.Add(identity, position);
        page.SourceIdentity = identity;
        page.Trail = trail;
        page.Position = position;
        page.CallOptions = callOptions;
        page.ErrorClassifier = classifier;
        return page;
    }

    private static T Parse<T>(PreparedRequest prepared, ResponseBody body, JsonValueReader<T> read)
    {
        try
        {
            return GraphJson.Deserialize(body.Span, read);
        }
        catch (Exception ex) when (ErrorFactory.IsReadFailure(ex))
        {
            throw ErrorFactory.Unreadable(prepared, body, ex);
        }
    }

    private string? BatchToken(IReadOnlyList<GraphBatchItem> items)
    {
        string? token = null;
        for (int i = 0; i < items.Count; i++)
        {
            GraphBatchItem item = items[i] ?? throw new ArgumentException($"Batch item {i} is null.", nameof(items));
            string? itemToken = item.Request.CallOptions?.AccessToken ?? Options.AccessToken;
            if (i == 0) token = itemToken;
            else if (!string.Equals(token, itemToken, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Batch item {i} uses a different access token than item 0; send it in a separate batch.", nameof(items));
            }
        }

        return token;
    }

    private static void ValidateBatchNames(IReadOnlyList<GraphBatchItem> items, int start, int count)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = start; i < start + count; i++)
        {
            GraphBatchItem item = items[i];
            if (item.DependsOn is not null && !names.Contains(item.DependsOn))
            {
                throw new ArgumentException($"Batch item {i} depends on '{item.DependsOn}', which is not an earlier item of the same batch of {BatchCodec.MaxItemsPerBatch}.", nameof(items));
            }

            if (item.Name is not null && !names.Add(item.Name)) throw new ArgumentException($"Batch item name '{item.Name}' is used twice.", nameof(items));
        }
    }

    private static bool AllIdempotent(IReadOnlyList<GraphBatchItem> items, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            if (!items[i].Request.ResolveIdempotent()) return false;
        }

        return true;
    }
}
