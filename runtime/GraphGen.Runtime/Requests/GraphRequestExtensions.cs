using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime;

/// <summary>Sends requests that were built apart from sending (<see cref="GraphRequest{T}"/>, <see cref="GraphPageRequest{T}"/>).</summary>
public static class GraphRequestExtensions
{
    /// <summary>Sends a built request and reads its response.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="request">The request with its reader.</param>
    /// <param name="cancellationToken">Cancels the call, including retry waits.</param>
    /// <returns>The value read.</returns>
    public static Task<T> SendAsync<T>(this GraphClient client, GraphRequest<T> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return client.SendAsync(request.Request, request.Read, cancellationToken);
    }

    /// <summary>Gets the first page of a built list request.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="request">The list request with its item reader.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    public static Task<GraphPage<T>> GetPageAsync<T>(this GraphClient client, GraphPageRequest<T> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return client.GetPageAsync(request.Request, request.ReadItem, cancellationToken);
    }

    /// <summary>Every item of a built list request, page by page.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="request">The list request with its item reader.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The items.</returns>
    public static IAsyncEnumerable<T> ListAsync<T>(this GraphClient client, GraphPageRequest<T> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return client.ListAsync(request.Request, request.ReadItem, cancellationToken);
    }
}
