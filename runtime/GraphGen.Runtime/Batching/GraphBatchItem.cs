using System;

namespace GraphGen.Runtime;

/// <summary>
/// One request of a batch (developers.facebook.com/docs/graph-api/batch-requests). A later item can use an earlier
/// named item's result through <see cref="Reference"/> and order itself after it with <see cref="DependsOn"/>.
/// </summary>
public sealed class GraphBatchItem
{
    /// <summary>Creates an item from a request built as for a single call.</summary>
    /// <param name="request">The request; its token (if overridden) must match the other items'.</param>
    /// <exception cref="NotSupportedException">The request has a file parameter: send it on its own with
    /// <see cref="GraphClient.SendAsync{T}"/>.</exception>
    public GraphBatchItem(GraphRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RefuseFiles(request);
        Request = request;
    }

    /// <summary>The request.</summary>
    public GraphRequest Request { get; }

    /// <summary>A name other items can reference (<c>{result=name:$.id}</c>) or depend on.</summary>
    public string? Name { get; init; }

    /// <summary>The name of an item that must complete before this one runs.</summary>
    public string? DependsOn { get; init; }

    /// <summary>Graph omits this item's response when it succeeds (useful when only its result is referenced).</summary>
    public bool? OmitResponseOnSuccess { get; init; }

    // Graph batches take files as extra multipart parts named by 'attached_files'; the client sends the batch as a
    // url-encoded form and keeps uploads to single streamed calls, where retries reopen the file on their own.
    internal static void RefuseFiles(GraphRequest request)
    {
        if (request.Files.Count > 0)
        {
            throw new NotSupportedException($"The request has a file parameter ('{request.Files[0].Key}'); files are not sent in batches. Send it with GraphClient.SendAsync.");
        }
    }

    /// <summary>
    /// A JSONPath reference to a named item's result, usable as a parameter value or path segment:
    /// <c>Reference("create", "$.id")</c> gives <c>{result=create:$.id}</c>. Left unescaped in the batch so Graph substitutes it.
    /// </summary>
    /// <param name="name">The referenced item's <see cref="Name"/>.</param>
    /// <param name="jsonPath">A JSONPath into its result, e.g. <c>$.data.*.id</c>.</param>
    /// <returns>The reference text.</returns>
    public static string Reference(string name, string jsonPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(jsonPath);
        if (name.IndexOfAny([':', '}', '{']) >= 0 || jsonPath.IndexOfAny(['}', '{']) >= 0) throw new ArgumentException("The name or path contains a brace or colon.");
        return "{result=" + name + ":" + jsonPath + "}";
    }
}
