using System;

namespace GraphGen.Runtime;

/// <summary>
/// The request for the first page of a list edge, built but not sent, with the reader of one item: what every
/// generated <c>ToListRequest</c> returns. In a typed batch it reads as one <see cref="GraphPage{T}"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class GraphPageRequest<T>
{
    /// <summary>Pairs a request with the reader of one item.</summary>
    /// <param name="request">The request (a GET of an edge).</param>
    /// <param name="readItem">Reads one item.</param>
    public GraphPageRequest(GraphRequest request, JsonValueReader<T> readItem)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        ReadItem = readItem ?? throw new ArgumentNullException(nameof(readItem));
    }

    /// <summary>The request.</summary>
    public GraphRequest Request { get; }

    /// <summary>Reads one item.</summary>
    public JsonValueReader<T> ReadItem { get; }

    /// <inheritdoc />
    public override string ToString() => Request.ToString();
}
