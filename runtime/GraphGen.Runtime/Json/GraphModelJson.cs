using System;
using System.ComponentModel;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// The object-walking primitives of generated <c>ReadJson</c> methods: check the start of an object, then hand out
/// property names as UTF-8 bytes for the generated length-then-bytes dispatch.
/// </summary>
// Called by generated code only; hidden from IntelliSense, still public so generated code in any assembly can call it.
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GraphModelJson
{
    /// <summary>Throws a <see cref="JsonException"/> (wrapped by the client as a protocol error) unless the reader is on <c>{</c>.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeName">The model being read, for the message.</param>
    public static void ExpectObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected a JSON object for {typeName} but found {reader.TokenType}.");
        }
    }

    /// <summary>
    /// Moves to the next property of the current object and onto its value.
    /// </summary>
    /// <param name="reader">A reader inside an object, on the previous value's last token (or the <c>{</c>).</param>
    /// <param name="name">The property name, unescaped, as UTF-8.</param>
    /// <returns><see langword="false"/> at the object's <c>}</c>.</returns>
    public static bool ReadProperty(ref Utf8JsonReader reader, out ReadOnlySpan<byte> name)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ended inside an object.");
        }

        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = default;
            return false;
        }

        // Graph never escapes its ASCII field names, so the raw span is the fast path; escapes are still honoured.
        name = reader.HasValueSequence || reader.ValueIsEscaped ? UnescapedName(ref reader) : reader.ValueSpan;
        if (!reader.Read())
        {
            throw new JsonException("The JSON ended after a property name.");
        }

        return true;
    }

    private static byte[] UnescapedName(ref Utf8JsonReader reader)
    {
        var text = GraphJson.Text(ref reader) ?? string.Empty;
        return System.Text.Encoding.UTF8.GetBytes(text);
    }
}
