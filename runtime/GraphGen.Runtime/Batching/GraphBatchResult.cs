using System;
using System.Collections.Generic;
using System.Net;
using System.Text;

namespace GraphGen.Runtime;

/// <summary>
/// The outcome of one batch item. Items fail independently: check <see cref="IsSuccess"/>, or call
/// <see cref="Read{T}"/>, which throws this item's error.
/// </summary>
public sealed class GraphBatchResult
{
    internal GraphBatchResult(int index, GraphBatchItem item, HttpStatusCode? statusCode, IReadOnlyDictionary<string, string> headers,
        string? body, GraphException? error, GraphUsage? usage, string requestUrl, SecretRedactor redactor)
    {
        Index = index;
        Item = item;
        StatusCode = statusCode;
        Headers = headers;
        Body = body;
        Error = error;
        Usage = usage;
        RequestUrl = requestUrl;
        Redactor = redactor;
    }

    /// <summary>The item's position in the list passed to <see cref="GraphClient.SendBatchAsync"/>.</summary>
    public int Index { get; }

    /// <summary>The item.</summary>
    public GraphBatchItem Item { get; }

    /// <summary>The item's <see cref="GraphBatchItem.Name"/>.</summary>
    public string? Name => Item.Name;

    /// <summary>The item's HTTP status; <c>null</c> when Graph returned <c>null</c> for it.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>
    /// Graph returned <c>null</c> for this item: its response was omitted on success
    /// (<see cref="GraphBatchItem.OmitResponseOnSuccess"/>), or it was not run (dependency failed, batch timed out).
    /// </summary>
    public bool IsNull => StatusCode is null;

    /// <summary>The item's response headers.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The item's raw JSON body.</summary>
    public string? Body { get; }

    /// <summary>The item's error, or <c>null</c>.</summary>
    public GraphException? Error { get; }

    /// <summary>The usage headers of this item's response, if any.</summary>
    public GraphUsage? Usage { get; }

    /// <summary>Whether the item ran and succeeded.</summary>
    public bool IsSuccess => !IsNull && Error is null;

    private string RequestUrl { get; }

    private SecretRedactor Redactor { get; }

    /// <summary>Reads the item's body; throws the item's error if it failed.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="read">Reads the body's root value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="GraphException">The item failed, returned <c>null</c>, or its body could not be read.</exception>
    public T Read<T>(JsonValueReader<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        if (Error is not null) throw Error;
        if (IsNull || Body is null)
        {
            throw new GraphProtocolException($"{RequestUrl}: the batch returned no response for item {Index}.", null, RequestUrl, null, null, null);
        }

        try
        {
            return GraphJson.Deserialize(Encoding.UTF8.GetBytes(Body), read);
        }
        catch (Exception ex) when (ErrorFactory.IsReadFailure(ex))
        {
            throw new GraphProtocolException($"{RequestUrl}: batch item {Index} has a body that is not the expected JSON ({Redactor.RedactText(ex.Message)}).",
                StatusCode, RequestUrl, "application/json", ResponseBody.MakePreview(Encoding.UTF8.GetBytes(Body), Redactor), ex);
        }
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"GraphBatchResult({Index}{(Name is null ? string.Empty : " " + Name)}: {(IsNull ? "null" : ((int)StatusCode!.Value).ToString(System.Globalization.CultureInfo.InvariantCulture))}{(Error is null ? string.Empty : ", failed")})";
}
