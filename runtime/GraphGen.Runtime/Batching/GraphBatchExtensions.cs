using System;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime;

/// <summary>Typed batches over the generated API.</summary>
public static class GraphBatchExtensions
{
    /// <summary>
    /// Builds requests with <paramref name="build"/>, sends them as Graph batches (50 a request) and returns what
    /// <paramref name="build"/> returned, with every handle completed:
    /// <code>
    /// var (me, albums) = await graph.Client.BatchAsync(b => (
    ///     b.Add(graph.Users["me"].ToGetRequest(new UserFields().Name)),
    ///     b.Add(graph.Users["me"].Albums.ToListRequest(limit: 5))));
    /// User user = me.Value;                 // typed; a failed item throws its own GraphApiException
    /// </code>
    /// </summary>
    /// <typeparam name="TResult">What <paramref name="build"/> returns: a handle, a tuple of handles, a list...</typeparam>
    /// <param name="client">The client.</param>
    /// <param name="build">Adds the requests and returns their handles.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The handles, completed.</returns>
    /// <exception cref="GraphException">A whole batch request failed.</exception>
    public static async Task<TResult> BatchAsync<TResult>(this GraphClient client, Func<GraphBatchBuilder, TResult> build, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(build);
        var builder = new GraphBatchBuilder();
        TResult handles = build(builder);
        if (builder.Count > 0)
        {
            builder.Complete(await client.SendBatchAsync(builder.Items, cancellationToken).ConfigureAwait(false));
        }

        return handles;
    }
}
