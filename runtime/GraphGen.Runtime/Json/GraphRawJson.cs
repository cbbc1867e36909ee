using System;
using System.ComponentModel;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// The backing field of a generated untyped (<c>json</c>) property: the value's UTF-8 text as the response sent it,
/// made into a <see cref="JsonElement"/> when the property is first read. Most responses carry untyped fields nobody
/// reads (<c>cover</c>, <c>payment_pricepoints</c>, an experience's <c>from</c>), and building a
/// <see cref="JsonDocument"/> for each cost more than the rest of reading the model.
/// </summary>
/// <remarks>
/// The text is checked when it is read (well-formed, valid UTF-8, no lone surrogates), so a bad response still fails
/// in <c>ReadJson</c> with a <see cref="JsonException"/>, never later in a property getter.
/// </remarks>
// Generated models hold it in private fields; users see JsonElement. Public so generated code in any assembly can.
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class GraphRawJson
{
    private readonly byte[]? _utf8;
    // A boxed JsonElement, published once: a reference is written atomically, so readers on other threads see either
    // null (and parse too) or a whole element.
    private object? _element;

    private GraphRawJson(byte[] utf8) => _utf8 = utf8;

    private GraphRawJson(JsonElement element) => _element = element;

    /// <summary>The value, parsed on first use.</summary>
    public JsonElement Element
    {
        get
        {
            if (_element is JsonElement known) return known;
            JsonElement parsed = GraphJson.ParseChecked(_utf8!);
            _element = parsed;
            return parsed;
        }
    }

    /// <summary>Reads any value, keeping its text (<see langword="null"/> for a JSON <c>null</c>).</summary>
    /// <param name="reader">The reader, on the value's first token; left on its last token.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    /// <exception cref="JsonException">The value is malformed or holds text that does not decode.</exception>
    public static GraphRawJson? Read(ref GraphJsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        return new GraphRawJson(GraphJson.ReadCheckedText(ref reader).ToArray());
    }

    /// <summary>Wraps a value set in code.</summary>
    /// <param name="value">The value, or <see langword="null"/>.</param>
    /// <returns>The wrapper, or <see langword="null"/>.</returns>
    public static GraphRawJson? From(JsonElement? value) => value is { } element ? new GraphRawJson(element) : null;

    /// <summary>Writes the value.</summary>
    /// <param name="writer">The writer.</param>
    public void WriteTo(Utf8JsonWriter writer) => Element.WriteTo(writer);
}
