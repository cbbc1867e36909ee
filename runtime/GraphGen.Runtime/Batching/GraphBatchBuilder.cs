using System;
using System.Collections.Generic;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// Collects built requests for one typed batch (<see cref="GraphBatchExtensions.BatchAsync{TResult}"/>): each
/// <c>Add</c> returns the handle its typed result arrives in.
/// </summary>
public sealed class GraphBatchBuilder
{
    private readonly List<GraphBatchItem> _items = new();
    private readonly List<Action<GraphBatchResult>> _completions = new();

    internal GraphBatchBuilder()
    {
    }

    /// <summary>The number of requests added.</summary>
    public int Count => _items.Count;

    internal IReadOnlyList<GraphBatchItem> Items => _items;

    /// <summary>Adds a request; its typed result is read from the batch's answer for it.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="request">A request built by a generated <c>ToXxxRequest</c>.</param>
    /// <param name="name">An optional batch name, for <see cref="GraphBatchItem.Reference"/> in later items.</param>
    /// <returns>The handle that holds the result after the batch is sent.</returns>
    public GraphBatchResponse<T> Add<T>(GraphRequest<T> request, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Add(request.Request, request.Read, name);
    }

    /// <summary>Adds the request for the first page of a list edge; its result is that page.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="request">A request built by a generated <c>ToListRequest</c>.</param>
    /// <param name="name">An optional batch name.</param>
    /// <returns>The handle that holds the page after the batch is sent.</returns>
    public GraphBatchResponse<GraphPage<T>> Add<T>(GraphPageRequest<T> request, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        JsonValueReader<T> readItem = request.ReadItem;
        return Add(request.Request, (ref GraphJsonReader reader) => GraphPage<T>.Read(ref reader, readItem), name);
    }

    internal void Complete(IReadOnlyList<GraphBatchResult> results)
    {
        for (int i = 0; i < _completions.Count; i++)
        {
            _completions[i](results[i]);
        }
    }

    private GraphBatchResponse<T> Add<T>(GraphRequest request, JsonValueReader<T> read, string? name)
    {
        var response = new GraphBatchResponse<T>(read);
        _items.Add(new GraphBatchItem(request) { Name = name });
        _completions.Add(response.Complete);
        return response;
    }
}
