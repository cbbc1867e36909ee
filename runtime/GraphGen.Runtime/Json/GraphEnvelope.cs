using System;
using System.ComponentModel;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// Graph's wrappers around edge values: <c>{"data": {...}}</c> for unpaged edges (<c>picture</c>) and
/// <c>{"data": [...], "paging": {...}}</c> pages for expanded edges, in both directions.
/// </summary>
// Called by generated code only; hidden from IntelliSense, still public so generated code in any assembly can call it.
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GraphEnvelope
{
    /// <summary>Reads <c>{"data": value}</c>; other members are skipped. A JSON null or a missing <c>data</c> gives null.</summary>
    /// <typeparam name="T">The wrapped type.</typeparam>
    /// <param name="reader">A reader on the envelope's first token.</param>
    /// <param name="read">Reads the wrapped value.</param>
    /// <returns>The value, or null.</returns>
    public static T? ReadData<T>(ref GraphJsonReader reader, JsonValueReader<T> read)
        where T : class
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        GraphModelJson.ExpectObject(ref reader, "a data envelope");
        T? value = null;
        while (GraphModelJson.ReadProperty(ref reader, out var name))
        {
            if (name.SequenceEqual("data"u8) && reader.TokenType != JsonTokenType.Null)
            {
                value = read(ref reader);
            }
            else
            {
                GraphJson.Skip(ref reader);
            }
        }

        return value;
    }

    /// <summary>Writes <c>{"data": value}</c>.</summary>
    /// <typeparam name="T">The wrapped type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes the value.</param>
    public static void WriteData<T>(Utf8JsonWriter writer, T value, JsonValueWriter<T> write)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("data"u8);
        write(writer, value);
        writer.WriteEndObject();
    }

    /// <summary>Writes a page as Graph sends it: <c>{"data": [...], "paging": {"cursors": {...}, "next": ..., "previous": ...}}</c>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="page">The page.</param>
    /// <param name="writeItem">Writes one item.</param>
    public static void WritePage<T>(Utf8JsonWriter writer, GraphPage<T> page, JsonValueWriter<T> writeItem)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("data"u8);
        writer.WriteStartArray();
        foreach (var item in page.Data)
        {
            writeItem(writer, item);
        }

        writer.WriteEndArray();
        if (page.Paging is { } paging)
        {
            writer.WritePropertyName("paging"u8);
            writer.WriteStartObject();
            if (paging.Cursors is { } cursors)
            {
                writer.WritePropertyName("cursors"u8);
                writer.WriteStartObject();
                WriteIfSet(writer, "before"u8, cursors.Before);
                WriteIfSet(writer, "after"u8, cursors.After);
                writer.WriteEndObject();
            }

            WriteIfSet(writer, "next"u8, paging.Next);
            WriteIfSet(writer, "previous"u8, paging.Previous);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
