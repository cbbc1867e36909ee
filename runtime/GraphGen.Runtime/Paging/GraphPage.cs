using System;
using System.Collections.Generic;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// One page of a list: <c>{"data": [...], "paging": {...}}</c>. Returned by <see cref="GraphClient.GetPageAsync{T}"/>
/// and used by generated models for expanded edges. Pass it to <see cref="GraphClient.GetNextPageAsync{T}"/> for the next one.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class GraphPage<T>
{
    /// <summary>The items of this page (possibly empty even when more pages follow).</summary>
    public IReadOnlyList<T> Data { get; init; } = Array.Empty<T>();

    /// <summary>The paging information, if Graph sent any.</summary>
    public GraphPaging? Paging { get; init; }

    /// <summary>Whether Graph announced a next page.</summary>
    public bool HasNext => !string.IsNullOrEmpty(Paging?.Next);

    // Where this page came from, to detect a `next` that leads back to it and to reuse the call's options.
    internal string? SourceIdentity { get; set; }

    internal GraphCallOptions? CallOptions { get; set; }

    internal IGraphErrorClassifier? ErrorClassifier { get; set; }

    // The listing this page belongs to (cycle detection, page cap) and its 1-based position in it.
    internal PageTrail? Trail { get; set; }

    internal int Position { get; set; }

    /// <summary>Reads a page; other top-level properties (e.g. <c>summary</c>) are skipped.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="readItem">Reads one item.</param>
    /// <returns>The page.</returns>
    public static GraphPage<T> Read(ref GraphJsonReader reader, JsonValueReader<T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"Expected a page object but found {reader.TokenType}.");
        IReadOnlyList<T>? data = null;
        GraphPaging? paging = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isData = reader.ValueTextEquals("data"u8);
            bool isPaging = reader.ValueTextEquals("paging"u8);
            reader.Read();
            if (isData) data = GraphJson.ReadList(ref reader, readItem);
            else if (isPaging) paging = GraphPaging.Read(ref reader);
            else reader.Skip();
        }

        return new GraphPage<T> { Data = data ?? Array.Empty<T>(), Paging = paging };
    }

    /// <inheritdoc />
    public override string ToString() => $"GraphPage({Data.Count} items, {(HasNext ? "more" : "last")})";
}
