using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime.Audiences;

/// <summary>
/// Sends one <c>/{custom_audience_id}/users</c> request and returns its parsed answer. The default sends through
/// <see cref="GraphClient.SendAsync{T}"/>; pass your own to route through generated code, a proxy or a test double.
/// </summary>
/// <param name="request">The prepared request (POST to add, DELETE to remove; form field <c>payload</c>).</param>
/// <param name="cancellationToken">Cancels the call.</param>
/// <returns>Facebook's answer.</returns>
public delegate Task<AudienceUsersResponse> AudienceRequestSender(GraphRequest request, CancellationToken cancellationToken);

/// <summary>
/// Uploads (or removes) customer-file rows to a custom audience in one Facebook upload session: normalizes and hashes
/// every value, streams the input in requests of at most 10,000 rows (<c>batch_seq</c> 1, 2, ...; the final request
/// carries <c>last_batch_flag: true</c>), retries a failed request with the same <c>batch_seq</c>, and accounts for
/// every row. Memory stays constant whatever the input size.
/// </summary>
/// <remarks>
/// Retries happen at two levels: the <see cref="GraphClient"/>'s own policy (short waits inside one call, since the
/// request is marked idempotent — a repeated <c>batch_seq</c> in a session is safe) and the uploader's attempts
/// (<see cref="AudienceUploadOptions.MaxAttempts"/>), which also sit out long 80003 throttling waits the client's
/// budget gives up on. Set <see cref="GraphRetryOptions.MaxAttempts"/> to 1 to leave retrying to the uploader alone.
/// </remarks>
public sealed class AudienceUploader
{
    private readonly AudienceRequestSender _send;
    private readonly GraphClient? _client;

    /// <summary>Sends through <paramref name="client"/>.</summary>
    /// <param name="client">The Graph client (its token needs <c>ads_management</c>).</param>
    public AudienceUploader(GraphClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _send = (request, ct) => client.SendAsync(request, AudienceUsersResponse.Read, ct);
    }

    /// <summary>Sends through <paramref name="send"/>.</summary>
    /// <param name="send">Sends one prepared request.</param>
    public AudienceUploader(AudienceRequestSender send)
    {
        ArgumentNullException.ThrowIfNull(send);
        _send = send;
    }

    /// <summary>Adds the rows to the audience (<c>POST /{custom_audience_id}/users</c>).</summary>
    /// <param name="customAudienceId">The audience id.</param>
    /// <param name="schema">The columns of every row, e.g. <c>[Email, FirstName, LastName, Zip]</c>.</param>
    /// <param name="rows">Raw values, one list per row in schema order (null or empty = unknown).</param>
    /// <param name="options">Session settings; <c>null</c> for defaults.</param>
    /// <param name="cancellationToken">Stops the upload; the result then says where to resume.</param>
    /// <returns>The accounting of every row read.</returns>
    public Task<AudienceUploadResult> AddAsync(
        string customAudienceId,
        IReadOnlyList<AudienceKey> schema,
        IEnumerable<IReadOnlyList<string?>> rows,
        AudienceUploadOptions? options = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(HttpMethod.Post, customAudienceId, schema, FromSync(rows), CountOf(rows), options, cancellationToken);

    /// <summary>Adds the rows of an asynchronous stream to the audience (<c>POST /{custom_audience_id}/users</c>).</summary>
    /// <param name="customAudienceId">The audience id.</param>
    /// <param name="schema">The columns of every row.</param>
    /// <param name="rows">Raw values, one list per row in schema order.</param>
    /// <param name="options">Session settings; <c>null</c> for defaults.</param>
    /// <param name="cancellationToken">Stops the upload; the result then says where to resume.</param>
    /// <returns>The accounting of every row read.</returns>
    public Task<AudienceUploadResult> AddAsync(
        string customAudienceId,
        IReadOnlyList<AudienceKey> schema,
        IAsyncEnumerable<IReadOnlyList<string?>> rows,
        AudienceUploadOptions? options = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(HttpMethod.Post, customAudienceId, schema, rows, null, options, cancellationToken);

    /// <summary>Removes the rows from the audience (<c>DELETE /{custom_audience_id}/users</c>).</summary>
    /// <param name="customAudienceId">The audience id.</param>
    /// <param name="schema">The columns of every row.</param>
    /// <param name="rows">Raw values, one list per row in schema order.</param>
    /// <param name="options">Session settings; <c>null</c> for defaults.</param>
    /// <param name="cancellationToken">Stops the removal; the result then says where to resume.</param>
    /// <returns>The accounting of every row read.</returns>
    public Task<AudienceUploadResult> RemoveAsync(
        string customAudienceId,
        IReadOnlyList<AudienceKey> schema,
        IEnumerable<IReadOnlyList<string?>> rows,
        AudienceUploadOptions? options = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(HttpMethod.Delete, customAudienceId, schema, FromSync(rows), CountOf(rows), options, cancellationToken);

    /// <summary>Removes the rows of an asynchronous stream from the audience (<c>DELETE /{custom_audience_id}/users</c>).</summary>
    /// <param name="customAudienceId">The audience id.</param>
    /// <param name="schema">The columns of every row.</param>
    /// <param name="rows">Raw values, one list per row in schema order.</param>
    /// <param name="options">Session settings; <c>null</c> for defaults.</param>
    /// <param name="cancellationToken">Stops the removal; the result then says where to resume.</param>
    /// <returns>The accounting of every row read.</returns>
    public Task<AudienceUploadResult> RemoveAsync(
        string customAudienceId,
        IReadOnlyList<AudienceKey> schema,
        IAsyncEnumerable<IReadOnlyList<string?>> rows,
        AudienceUploadOptions? options = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(HttpMethod.Delete, customAudienceId, schema, rows, null, options, cancellationToken);

    /// <summary>
    /// Uploads through the generated request of the <c>/users</c> edge: add with
    /// <c>graph.CustomAudiences[id].Users.ToAddRequest(new())</c> (POST), remove with <c>ToRemoveRequest(new())</c>
    /// (DELETE). Every batch is sent to that request's path with its method and call options; the uploader writes
    /// <c>payload</c> (rows and session) itself. Facebook's answer to every batch is read with the request's own
    /// reader, so <paramref name="onAnswer"/> sees the generated result type.
    /// </summary>
    /// <typeparam name="TResult">The generated result type of the operation (e.g. <c>CustomAudienceUsersResult</c>).</typeparam>
    /// <param name="request">The generated request; its <c>payload</c> and <c>session</c>, if set, are replaced.</param>
    /// <param name="schema">The columns of every row, e.g. <c>[Email, FirstName, LastName, Zip]</c>.</param>
    /// <param name="rows">Raw values, one list per row in schema order (null or empty = unknown).</param>
    /// <param name="options">Session settings; <c>null</c> for defaults.</param>
    /// <param name="onAnswer">
    /// Called with Facebook's typed answer to every delivered batch. Only an uploader made with a
    /// <see cref="GraphClient"/> reads typed answers; one made with an <see cref="AudienceRequestSender"/> never calls it.
    /// </param>
    /// <param name="cancellationToken">Stops the upload; the result then says where to resume.</param>
    /// <returns>The accounting of every row read.</returns>
    /// <exception cref="ArgumentException">The request is neither a POST nor a DELETE.</exception>
    public Task<AudienceUploadResult> UploadAsync<TResult>(
        GraphRequest<TResult> request,
        IReadOnlyList<AudienceKey> schema,
        IEnumerable<IReadOnlyList<string?>> rows,
        AudienceUploadOptions? options = null,
        Action<TResult>? onAnswer = null,
        CancellationToken cancellationToken = default) =>
        UploadAsync(request, schema, FromSync(rows), CountOf(rows), options, onAnswer, cancellationToken);

    /// <summary>
    /// Uploads the rows of an asynchronous stream through the generated request of the <c>/users</c> edge (see the
    /// synchronous overload).
    /// </summary>
    /// <typeparam name="TResult">The generated result type of the operation.</typeparam>
    /// <param name="request">The generated request; its <c>payload</c> and <c>session</c>, if set, are replaced.</param>
    /// <param name="schema">The columns of every row.</param>
    /// <param name="rows">Raw values, one list per row in schema order.</param>
    /// <param name="options">Session settings; <c>null</c> for defaults.</param>
    /// <param name="onAnswer">Called with Facebook's typed answer to every delivered batch.</param>
    /// <param name="cancellationToken">Stops the upload; the result then says where to resume.</param>
    /// <returns>The accounting of every row read.</returns>
    /// <exception cref="ArgumentException">The request is neither a POST nor a DELETE.</exception>
    public Task<AudienceUploadResult> UploadAsync<TResult>(
        GraphRequest<TResult> request,
        IReadOnlyList<AudienceKey> schema,
        IAsyncEnumerable<IReadOnlyList<string?>> rows,
        AudienceUploadOptions? options = null,
        Action<TResult>? onAnswer = null,
        CancellationToken cancellationToken = default) =>
        UploadAsync(request, schema, rows, null, options, onAnswer, cancellationToken);

    private Task<AudienceUploadResult> UploadAsync<TResult>(
        GraphRequest<TResult> request,
        IReadOnlyList<AudienceKey> schema,
        IAsyncEnumerable<IReadOnlyList<string?>> rows,
        long? count,
        AudienceUploadOptions? options,
        Action<TResult>? onAnswer,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        GraphRequest template = request.Request;
        if (template.Method != HttpMethod.Post && template.Method != HttpMethod.Delete)
        {
            throw new ArgumentException($"An audience upload is a POST (add) or a DELETE (remove), not a {template.Method}.", nameof(request));
        }

        AudienceRequestSender send = _send;
        if (_client is { } client)
        {
            JsonValueReader<TResult> read = request.Read;
            // One answer, two readers over the same bytes: the generated type for the caller, the receipt for the
            // accounting. GraphJsonReader is a struct, so the copy reads independently.
            send = (batch, ct) => client.SendAsync(batch, (ref GraphJsonReader reader) =>
            {
                var typedReader = reader;
                TResult answer = read(ref typedReader);
                AudienceUsersResponse receipt = AudienceUsersResponse.Read(ref reader);
                onAnswer?.Invoke(answer);
                return receipt;
            }, ct);
        }

        return RunAsync(send, template, schema, rows, count, options, cancellationToken);
    }

    private Task<AudienceUploadResult> RunAsync(
        HttpMethod method,
        string customAudienceId,
        IReadOnlyList<AudienceKey> schema,
        IAsyncEnumerable<IReadOnlyList<string?>> rows,
        long? count,
        AudienceUploadOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(customAudienceId);
        var template = new GraphRequest(method, GraphRequest.EscapeSegment(customAudienceId) + "/users");
        return RunAsync(_send, template, schema, rows, count, options, cancellationToken);
    }

    private static Task<AudienceUploadResult> RunAsync(
        AudienceRequestSender send,
        GraphRequest template,
        IReadOnlyList<AudienceKey> schema,
        IAsyncEnumerable<IReadOnlyList<string?>> rows,
        long? count,
        AudienceUploadOptions? options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(rows);
        if (schema.Count == 0) throw new ArgumentException("The schema needs at least one key.", nameof(schema));
        options ??= new AudienceUploadOptions();
        options.Validate();
        var keys = new AudienceKey[schema.Count];
        for (int i = 0; i < keys.Length; i++) keys[i] = schema[i];
        if (Array.IndexOf(keys, AudienceKey.AppUserId) >= 0 && options.AppIds is not { Count: > 0 })
        {
            // Facebook matches an app-scoped id only within the apps named in app_ids.
            throw new ArgumentException("A schema with APPUID needs AudienceUploadOptions.AppIds.", nameof(options));
        }

        var run = new AudienceUploadRun(send, template, keys, options, options.EstimatedTotal ?? count);
        return run.RunAsync(rows, cancellationToken);
    }

    private static long? CountOf(IEnumerable<IReadOnlyList<string?>> rows) => rows switch
    {
        ICollection<IReadOnlyList<string?>> c => c.Count,
        IReadOnlyCollection<IReadOnlyList<string?>> c => c.Count,
        _ => null,
    };

    private static IAsyncEnumerable<IReadOnlyList<string?>> FromSync(IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new SyncRows(rows);
    }

    // Adapts a synchronous source without an async iterator (which would need an await to compile warning-free).
    private sealed class SyncRows(IEnumerable<IReadOnlyList<string?>> rows) : IAsyncEnumerable<IReadOnlyList<string?>>
    {
        public IAsyncEnumerator<IReadOnlyList<string?>> GetAsyncEnumerator(CancellationToken cancellationToken = default) =>
            new Enumerator(rows.GetEnumerator(), cancellationToken);

        private sealed class Enumerator(IEnumerator<IReadOnlyList<string?>> inner, CancellationToken cancellationToken)
            : IAsyncEnumerator<IReadOnlyList<string?>>
        {
            public IReadOnlyList<string?> Current => inner.Current;

            public ValueTask<bool> MoveNextAsync()
            {
                cancellationToken.ThrowIfCancellationRequested();
                return new ValueTask<bool>(inner.MoveNext());
            }

            public ValueTask DisposeAsync()
            {
                inner.Dispose();
                return default;
            }
        }
    }
}
