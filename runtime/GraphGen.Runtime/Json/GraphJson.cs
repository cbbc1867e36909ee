using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// The JSON primitives generated readers and writers call. Every <c>Read*</c> method expects the reader
/// <em>on</em> the value's token and leaves it on the value's last token. They are tolerant of the formats Graph
/// actually sends (ids as numbers or strings, numbers as strings, <c>+0000</c> offsets) and throw
/// <see cref="JsonException"/> for anything else, which the client reports as a <see cref="GraphProtocolException"/>.
/// No reflection: safe for trimming and native AOT.
/// </summary>
public static class GraphJson
{
    /// <summary>Reads a string. <c>null</c> gives <c>null</c>; numbers and booleans give their JSON text.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The string, or <c>null</c>.</returns>
    public static string? ReadString(ref GraphJsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetSharedString(),
        JsonTokenType.Number => RawText(ref reader),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw Unexpected(ref reader, "a string"),
    };

    /// <summary>Reads an object id: Graph sends ids as numeric strings, but some endpoints send JSON numbers.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The id as a string, or <c>null</c>.</returns>
    public static string? ReadId(ref GraphJsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetSharedString(),
        JsonTokenType.Number => RawText(ref reader),
        _ => throw Unexpected(ref reader, "an id"),
    };

    /// <summary>
    /// Reads a boolean. Besides <c>true</c>/<c>false</c>, accepts the strings <c>"true"</c>/<c>"false"</c> and
    /// <c>1</c>/<c>0</c> as number or string, because older Graph fields (and FQL-era ones) encode flags that way.
    /// </summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The boolean, or <c>null</c>.</returns>
    public static bool? ReadBool(ref GraphJsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null: return null;
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.Number when reader.TryGetInt64(out long n) && (n == 0 || n == 1): return n == 1;
            case JsonTokenType.String:
                string? s = Text(ref reader);
                if (string.Equals(s, "true", StringComparison.OrdinalIgnoreCase) || s == "1") return true;
                if (string.Equals(s, "false", StringComparison.OrdinalIgnoreCase) || s == "0") return false;
                break;
        }

        throw Unexpected(ref reader, "a boolean");
    }

    /// <summary>Reads a 32-bit integer from a number or a numeric string.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The number, or <c>null</c>.</returns>
    public static int? ReadInt32(ref GraphJsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int n)) return n;
        if (reader.TokenType == JsonTokenType.String &&
            int.TryParse(Text(ref reader), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out n)) return n;
        throw Unexpected(ref reader, "a 32-bit integer");
    }

    /// <summary>Reads a 64-bit integer from a number or a numeric string.</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The number, or <c>null</c>.</returns>
    public static long? ReadInt64(ref GraphJsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long n)) return n;
        if (reader.TokenType == JsonTokenType.String &&
            long.TryParse(Text(ref reader), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out n)) return n;
        throw Unexpected(ref reader, "a 64-bit integer");
    }

    /// <summary>Reads a finite floating-point number from a number or a numeric string (Graph sends money and rates as strings).</summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The number, or <c>null</c>.</returns>
    public static double? ReadDouble(ref GraphJsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        // 1e400 reads as Infinity here: as unwritable as the strings below.
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double d) && double.IsFinite(d)) return d;
        // "NaN" and "Infinity" parse as doubles but are not numbers Graph sends, and no JSON writer can write them back.
        if (reader.TokenType == JsonTokenType.String &&
            double.TryParse(Text(ref reader), NumberStyles.Float, CultureInfo.InvariantCulture, out d) && double.IsFinite(d)) return d;
        throw Unexpected(ref reader, "a finite number");
    }

    /// <summary>
    /// Reads a point in time. Accepts Graph's <c>2019-01-01T12:00:00+0000</c> (no colon in the offset), any ISO 8601
    /// form, a date alone (taken as UTC midnight), and unix seconds as a number or numeric string.
    /// </summary>
    /// <param name="reader">The reader, on the token.</param>
    /// <returns>The time, or <c>null</c>.</returns>
    public static DateTimeOffset? ReadDateTime(ref GraphJsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long seconds)) return FromUnixSeconds(ref reader, seconds);
        if (reader.TokenType == JsonTokenType.String)
        {
            if (!reader.ValueIsEscaped && GraphDateTimeParser.TryParse(reader.ValueSpan, out DateTimeOffset exact)) return exact;
            string text = Text(ref reader)!;
            if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seconds)) return FromUnixSeconds(ref reader, seconds);
            if (DateTimeOffset.TryParse(InsertOffsetColon(text), CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out DateTimeOffset value)) return value;
        }

        throw Unexpected(ref reader, "a date/time");
    }

    /// <summary>Reads any value as a detached <see cref="JsonElement"/> (for fields the schema leaves untyped); its text is checked, so it can be written back.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <returns>The element, or <c>null</c> for a JSON <c>null</c>.</returns>
    public static JsonElement? ReadJson(ref GraphJsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        return ParseChecked(ReadCheckedText(ref reader));
    }

    /// <summary>
    /// Skips the value the reader is on and returns its text, checked so that it can be written back: well-formed (the
    /// reader checks that as it skips), valid UTF-8, and no escape that decodes to a lone surrogate.
    /// </summary>
    internal static ReadOnlySpan<byte> ReadCheckedText(ref GraphJsonReader reader)
    {
        long start = reader.TokenStartIndex;
        ReadOnlySpan<byte> raw = reader.ReadRawValue();
        // The value's own bytes are checked in one vectorized pass: valid UTF-8 without an escaped surrogate decodes
        // everywhere. Only a value that escapes a surrogate (an emoji, or a lone half) is walked token by token.
        if (!System.Text.Unicode.Utf8.IsValid(raw)) throw NotText(start, null);
        if (MayEscapeSurrogate(raw))
        {
            try
            {
                EnsureEscapesDecode(raw);
            }
            catch (JsonException ex)
            {
                throw NotText(start, ex);
            }
        }

        return raw;
    }

    /// <summary>A detached element of text that <see cref="ReadCheckedText"/> returned.</summary>
    internal static JsonElement ParseChecked(ReadOnlySpan<byte> text)
    {
#if NET10_0_OR_GREATER
        // One parse: ParseValue would first find the value's end a second time.
        return JsonElement.Parse(text);
#else
        var element = new Utf8JsonReader(text);
        element.Read();
        return JsonElement.ParseValue(ref element);
#endif
    }

    /// <summary>Reads an array, or Graph's <c>{"data": [...]}</c> wrapper around one (other properties are skipped).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="readItem">Reads one item.</param>
    /// <returns>The items, or <c>null</c> for a JSON <c>null</c>.</returns>
    public static IReadOnlyList<T>? ReadList<T>(ref GraphJsonReader reader, JsonValueReader<T> readItem)
    {
        ArgumentNullException.ThrowIfNull(readItem);
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.StartArray) return ReadArray(ref reader, readItem);
        if (reader.TokenType != JsonTokenType.StartObject) throw Unexpected(ref reader, "an array");

        IReadOnlyList<T>? items = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isData = reader.ValueTextEquals("data"u8);
            reader.Read();
            if (isData) items = ReadList(ref reader, readItem);
            else reader.Skip();
        }

        return items ?? Array.Empty<T>();
    }

    /// <summary>Reads an object as a map from property name to value.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="readValue">Reads one value.</param>
    /// <returns>The map, or <c>null</c> for a JSON <c>null</c>.</returns>
    public static IReadOnlyDictionary<string, T>? ReadMap<T>(ref GraphJsonReader reader, JsonValueReader<T> readValue)
    {
        ArgumentNullException.ThrowIfNull(readValue);
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw Unexpected(ref reader, "an object");

        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = Text(ref reader)!;
            reader.Read();
            map[name] = readValue(ref reader);
        }

        return map;
    }

    /// <summary>Skips the value the reader is on (unknown fields); a no-op on a primitive token.</summary>
    /// <param name="reader">The reader, on the value's first token (or its property name).</param>
    public static void Skip(ref GraphJsonReader reader) => reader.Skip();

    /// <summary>Writes a point in time as Graph formats it: UTC, <c>yyyy-MM-ddTHH:mm:ss+0000</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The time.</param>
    public static void WriteDateTime(Utf8JsonWriter writer, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        // The default encoder escapes '+' as \u002B; the text is digits and -:T+ only, so relaxed escaping is safe.
        writer.WriteStringValue(JsonEncodedText.Encode(FormatDateTime(value), JavaScriptEncoder.UnsafeRelaxedJsonEscaping));
    }

    /// <summary>Formats a point in time as Graph does: UTC, <c>yyyy-MM-ddTHH:mm:ss+0000</c>.</summary>
    /// <param name="value">The time.</param>
    /// <returns>The text.</returns>
    public static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'+0000'", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads one complete JSON document with <paramref name="read"/>; trailing content is an error. Equal short ASCII
    /// string values within the document are read as one shared string.
    /// </summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <param name="utf8Json">The UTF-8 JSON text.</param>
    /// <param name="read">Reads the root value.</param>
    /// <returns>The value.</returns>
    public static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonValueReader<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        DocumentStrings strings = DocumentStrings.Rent();
        try
        {
            var reader = new GraphJsonReader(utf8Json) { Strings = strings };
            reader.Read(); // an empty document throws here
            T value = read(ref reader);
            if (reader.Read()) throw new JsonException($"Unexpected content after the JSON value at byte {reader.TokenStartIndex}.");
            return value;
        }
        finally
        {
            DocumentStrings.Return(strings);
        }
    }

    /// <summary>
    /// Reads one value of Graph JSON that a <see cref="Utf8JsonReader"/> is on, with a reader written for
    /// <see cref="GraphJsonReader"/> (a generated <c>ReadJson</c>): for a <c>JsonConverter</c>, or Graph JSON inside
    /// other JSON. The value is copied once, then read as <see cref="Deserialize{T}"/> reads a document.
    /// </summary>
    /// <typeparam name="T">The type read.</typeparam>
    /// <param name="reader">
    /// A reader on the value's first token; left on its last token. Comments and trailing commas its options allow are
    /// read past.
    /// </param>
    /// <param name="read">Reads the value.</param>
    /// <returns>The value.</returns>
    /// <exception cref="JsonException">The value is not what <paramref name="read"/> reads, or holds text that does not decode.</exception>
    public static T ReadValue<T>(ref Utf8JsonReader reader, JsonValueReader<T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        JsonReaderOptions options = reader.CurrentState.Options;
        long start = reader.TokenStartIndex;
        using JsonDocument value = JsonDocument.ParseValue(ref reader);
        byte[] json;
        try
        {
            // The raw text keeps any comments and trailing commas the outer reader allowed, which JSON (and so
            // GraphJsonReader) does not: then the value is written out again, without them.
            json = options.CommentHandling == JsonCommentHandling.Disallow && !options.AllowTrailingCommas
                ? RawUtf8(value.RootElement)
                : Rewrite(value.RootElement);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // Text that does not decode, met while copying the value (net8.0 copies through a string; a rewrite unescapes):
            // a JSON error, as Deserialize reports it.
            throw NotText(start, ex);
        }

        return Deserialize(json, read);
    }

    /// <summary>Writes <paramref name="value"/> with <paramref name="write"/> and returns the JSON text.</summary>
    /// <typeparam name="T">The type written.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="write">Writes the value.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize<T>(T value, JsonValueWriter<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer, value);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static byte[] RawUtf8(JsonElement element) =>
#if NET9_0_OR_GREATER
        JsonMarshal.GetRawUtf8Value(element).ToArray();
#else
        Encoding.UTF8.GetBytes(element.GetRawText());
#endif

    private static byte[] Rewrite(JsonElement element)
    {
        // WriteTo would write bytes that are not UTF-8 as U+FFFD: they are an error here, as they are to GraphJsonReader.
#if NET9_0_OR_GREATER
        if (!System.Text.Unicode.Utf8.IsValid(JsonMarshal.GetRawUtf8Value(element)))
        {
            throw new InvalidOperationException("The value is not valid UTF-8.");
        }
#else
        _ = element.GetRawText(); // throws InvalidOperationException on bytes that are not UTF-8
#endif
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            element.WriteTo(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static IReadOnlyList<T> ReadArray<T>(ref GraphJsonReader reader, JsonValueReader<T> readItem)
    {
        // Items collect in a buffer on the stack, then (past its size) a pooled one, and are copied once into an
        // exact-size array: a growing List<T> would allocate every intermediate array plus the list itself, for every
        // list of every response. Most lists in a response are short, so most never touch the pool.
        var stack = default(ListBuffer<T>);
        Span<T> buffer = stack;
        T[]? rented = null;
        int count = 0;
        try
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (count == buffer.Length)
                {
                    T[] larger = ArrayPool<T>.Shared.Rent(buffer.Length * 2);
                    buffer.Slice(0, count).CopyTo(larger);
                    if (rented is not null) ArrayPool<T>.Shared.Return(rented, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
                    rented = larger;
                    buffer = larger;
                }

                buffer[count++] = readItem(ref reader);
            }

            if (count == 0) return Array.Empty<T>();
            var items = new T[count];
            buffer.Slice(0, count).CopyTo(items);
            return items;
        }
        finally
        {
            if (rented is not null) ArrayPool<T>.Shared.Return(rented, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    private static DateTimeOffset FromUnixSeconds(ref GraphJsonReader reader, long seconds)
    {
        // Valid range of DateTimeOffset.FromUnixTimeSeconds; outside it the value is not a timestamp.
        if (seconds < -62135596800 || seconds > 253402300799) throw Unexpected(ref reader, "a unix timestamp");
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    // Graph writes offsets as "+0000"; DateTimeOffset.TryParse wants "+00:00".
    private static string InsertOffsetColon(string text)
    {
        int n = text.Length;
        if (n >= 5 && (text[n - 5] == '+' || text[n - 5] == '-') && text.IndexOf('T', StringComparison.Ordinal) > 0 &&
            char.IsAsciiDigit(text[n - 4]) && char.IsAsciiDigit(text[n - 3]) && char.IsAsciiDigit(text[n - 2]) && char.IsAsciiDigit(text[n - 1]))
        {
            return string.Concat(text.AsSpan(0, n - 2), ":", text.AsSpan(n - 2));
        }

        return text;
    }

    /// <summary>
    /// The text of the string the reader is on (<see langword="null"/> on a JSON <c>null</c>); text that does not
    /// decode is a <see cref="JsonException"/> (<see cref="GraphJsonReader.GetString"/>).
    /// </summary>
    internal static string? Text(ref GraphJsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetSharedString() : reader.GetString();

    // A detached element must be writable again: every escaped name and string in it has to decode (no lone
    // surrogates), which parsing does not check until something asks for the text.
    private static void EnsureEscapesDecode(ReadOnlySpan<byte> raw)
    {
        var walker = new GraphJsonReader(raw);
        while (walker.Read())
        {
            if (walker.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && walker.ValueIsEscaped) walker.GetString();
        }
    }

    // Whether the text holds \u followed by d8-df, the start of an escaped surrogate (or an escaped backslash followed
    // by such text: a false alarm that only costs the slower check).
    private static bool MayEscapeSurrogate(ReadOnlySpan<byte> raw)
    {
        int at;
        while ((at = raw.IndexOf("\\u"u8)) >= 0 && at + 3 < raw.Length)
        {
            if ((raw[at + 2] | 0x20) == 'd' && raw[at + 3] is (byte)'8' or (byte)'9' or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F')) return true;
            raw = raw.Slice(at + 2);
        }

        return false;
    }

    private static JsonException NotText(long start, Exception? inner) =>
        new($"The JSON value at byte {start} holds text that is not valid UTF-8 or UTF-16.", inner);

    private static string RawText(ref GraphJsonReader reader) =>
        Encoding.UTF8.GetString(reader.ValueSpan);

    private static JsonException Unexpected(ref GraphJsonReader reader, string expected) =>
        new($"Expected {expected} but found {reader.TokenType} at byte {reader.TokenStartIndex}.");
}
