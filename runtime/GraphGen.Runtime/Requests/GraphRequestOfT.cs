using System;

namespace GraphGen.Runtime;

/// <summary>
/// A request built but not sent, with the reader of its response: what every generated <c>ToXxxRequest</c> returns.
/// Send it with <see cref="GraphRequestExtensions.SendAsync{T}(GraphClient, GraphRequest{T}, System.Threading.CancellationToken)"/>,
/// put it in a typed batch (<see cref="GraphBatchExtensions.BatchAsync{TResult}"/>), or inspect it in a test.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
public sealed class GraphRequest<T>
{
    /// <summary>Pairs a request with the reader of its response.</summary>
    /// <param name="request">The request.</param>
    /// <param name="read">Reads the response body's root value.</param>
    public GraphRequest(GraphRequest request, JsonValueReader<T> read)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Read = read ?? throw new ArgumentNullException(nameof(read));
    }

    /// <summary>The request: method, path and parameters (credentials are added when it is sent).</summary>
    public GraphRequest Request { get; }

    /// <summary>Reads the response body.</summary>
    public JsonValueReader<T> Read { get; }

    /// <inheritdoc />
    public override string ToString() => Request.ToString();
}
