using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>The <c>paging</c> object of a list response: cursors and the <c>next</c>/<c>previous</c> links.</summary>
public sealed class GraphPaging
{
    /// <summary>The cursors, for cursor-paged edges.</summary>
    public GraphCursors? Cursors { get; init; }

    /// <summary>The URL of the next page; absent on the last page (the only reliable end signal: pages may be empty).</summary>
    public string? Next { get; init; }

    /// <summary>The URL of the previous page.</summary>
    public string? Previous { get; init; }

    /// <summary>Reads a <c>paging</c> object; unknown properties are skipped.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <returns>The paging, or <c>null</c> for a JSON <c>null</c>.</returns>
    public static GraphPaging? Read(ref GraphJsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"Expected the paging object but found {reader.TokenType}.");
        GraphCursors? cursors = null;
        string? next = null, previous = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            // Compared as UTF-8 in place: turning every property name into a string cost an allocation per page.
            bool isCursors = reader.ValueTextEquals("cursors"u8);
            bool isNext = !isCursors && reader.ValueTextEquals("next"u8);
            bool isPrevious = !isCursors && !isNext && reader.ValueTextEquals("previous"u8);
            reader.Read();
            if (isCursors) cursors = ReadCursors(ref reader);
            else if (isNext) next = GraphJson.ReadString(ref reader);
            else if (isPrevious) previous = GraphJson.ReadString(ref reader);
            else reader.Skip();
        }

        return new GraphPaging { Cursors = cursors, Next = next, Previous = previous };
    }

    private static GraphCursors? ReadCursors(ref GraphJsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"Expected the cursors object but found {reader.TokenType}.");
        string? before = null, after = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isBefore = reader.ValueTextEquals("before"u8);
            bool isAfter = reader.ValueTextEquals("after"u8);
            reader.Read();
            if (isBefore) before = GraphJson.ReadString(ref reader);
            else if (isAfter) after = GraphJson.ReadString(ref reader);
            else reader.Skip();
        }

        return new GraphCursors { Before = before, After = after };
    }
}
