using System;
using System.Buffers;
using System.Buffers.Text;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace GraphGen.Runtime;

/// <summary>
/// A forward-only reader of UTF-8 JSON held in one contiguous buffer: what generated <c>ReadJson</c> methods and the
/// client read responses with. It has the shape of <see cref="Utf8JsonReader"/> (<see cref="Read"/>,
/// <see cref="TokenType"/>, <see cref="Skip"/>, <see cref="GetString"/>, <c>TryGet*</c>) and accepts exactly the JSON
/// that <see cref="Utf8JsonReader"/> accepts with default options, but it only ever reads a whole response from
/// memory, so it does no buffering, line counting or comment handling: it tokenizes about twice as fast.
/// Malformed JSON throws <see cref="JsonException"/>, as does text that does not decode (invalid UTF-8, a lone
/// surrogate) when a string is read.
/// </summary>
/// <remarks>
/// To read Graph JSON that is already inside a <see cref="Utf8JsonReader"/> (a <c>JsonConverter</c>, say), use
/// <see cref="GraphJson.ReadValue{T}(ref Utf8JsonReader, JsonValueReader{T})"/>.
/// </remarks>
public ref struct GraphJsonReader
{
    /// <summary>The deepest nesting read, as <see cref="GraphJson.Deserialize{T}"/> allowed before.</summary>
    public const int MaxDepth = 256;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ReadOnlySpan<byte> _buffer;
    private int _position;
    private int _tokenStart;
    private int _valueStart;
    private int _valueLength;
    private int _depth;
    // Bit d set: the container at depth d + 1 is an object. Depths past 64 go to _deeper (rare; allocated then). A copy
    // of the reader shares _deeper, which is safe only because copies read the same document and so write the same bits.
    private ulong _objects;
    private ulong[]? _deeper;
    private JsonTokenType _tokenType;
    private bool _valueIsEscaped;

    /// <summary>Creates a reader over one complete JSON document. Call <see cref="Read"/> to move onto its first token.</summary>
    /// <param name="utf8Json">The UTF-8 JSON text.</param>
    public GraphJsonReader(ReadOnlySpan<byte> utf8Json)
    {
        _buffer = utf8Json;
    }

    /// <summary>Equal short strings of the document share one instance (set by <see cref="GraphJson.Deserialize{T}"/>).</summary>
    internal DocumentStrings? Strings { readonly get; init; }

    /// <summary>The token the reader is on (<see cref="JsonTokenType.None"/> before the first <see cref="Read"/>).</summary>
    public readonly JsonTokenType TokenType => _tokenType;

    /// <summary>
    /// The raw UTF-8 bytes of the current string, property name (without quotes, still escaped), number or literal;
    /// on a bracket or brace, that byte.
    /// </summary>
    public readonly ReadOnlySpan<byte> ValueSpan => _buffer.Slice(_valueStart, _valueLength);

    /// <summary>Whether the current string or property name contains escapes (so <see cref="ValueSpan"/> is not its text).</summary>
    // The field keeps the last string's flag through other tokens (cheaper than clearing it on each); false on them, as Utf8JsonReader.
    public readonly bool ValueIsEscaped => _valueIsEscaped && _tokenType is JsonTokenType.String or JsonTokenType.PropertyName;

    /// <summary>The byte offset of the current token.</summary>
    public readonly long TokenStartIndex => _tokenStart;

    /// <summary>The bytes read so far.</summary>
    public readonly long BytesConsumed => _position;

    /// <summary>The nesting depth of the current token, counted as <see cref="Utf8JsonReader.CurrentDepth"/> counts it.</summary>
    public readonly int CurrentDepth => _tokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? _depth - 1 : _depth;

    /// <summary>Moves to the next token.</summary>
    /// <returns><see langword="false"/> at the end of the document.</returns>
    /// <exception cref="JsonException">The JSON is malformed or incomplete (an empty document included).</exception>
    public bool Read()
    {
        int p = SkipWhitespace(_position);
        ReadOnlySpan<byte> buffer = _buffer;
        if (_tokenType == JsonTokenType.None)
        {
            // As Utf8JsonReader: a document of nothing (or only whitespace) is not JSON.
            if (p >= buffer.Length) throw new JsonException("The JSON text is empty.");
            ReadValue(p);
            return true;
        }

        if (_depth == 0)
        {
            // The root value is complete: only whitespace may follow.
            if (p >= buffer.Length) return false;
            throw Malformed(p, "Unexpected content after the JSON value");
        }

        if (p >= buffer.Length) throw Incomplete();
        byte c = buffer[p];
        switch (_tokenType)
        {
            case JsonTokenType.PropertyName:
                // ReadName consumed the ':' already.
                ReadValue(p);
                return true;
            case JsonTokenType.StartObject:
                if (c == (byte)'}') EndContainer(p, JsonTokenType.EndObject);
                else ReadName(p);
                return true;
            case JsonTokenType.StartArray:
                if (c == (byte)']') EndContainer(p, JsonTokenType.EndArray);
                else ReadValue(p);
                return true;
        }

        // After a value inside a container: a comma and the next member, or the container's end.
        bool inObject = InObject;
        if (c == (byte)',')
        {
            p = SkipWhitespace(p + 1);
            if (p >= buffer.Length) throw Incomplete();
            if (inObject) ReadName(p);
            else ReadValue(p);
            return true;
        }

        if (c == (inObject ? (byte)'}' : (byte)']'))
        {
            EndContainer(p, inObject ? JsonTokenType.EndObject : JsonTokenType.EndArray);
            return true;
        }

        throw Malformed(p, inObject ? "Expected ',' or '}'" : "Expected ',' or ']'");
    }

    /// <summary>
    /// Skips the current value: on a <c>{</c> or <c>[</c> moves to its matching end, on a property name past its value;
    /// on any other token does nothing.
    /// </summary>
    /// <exception cref="JsonException">The JSON is malformed or incomplete.</exception>
    public void Skip()
    {
        if (_tokenType == JsonTokenType.PropertyName) Read();
        if (_tokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        int depth = _depth - 1;
        while (Read() && _depth > depth)
        {
        }
    }

    /// <summary>The current string or property name as text; <see langword="null"/> on a JSON <c>null</c>.</summary>
    /// <returns>The text.</returns>
    /// <exception cref="JsonException">The token is not a string, or its text does not decode.</exception>
    public readonly string? GetString()
    {
        if (_tokenType == JsonTokenType.Null) return null;
        if (_tokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException($"Expected a string but found {_tokenType} at byte {_tokenStart}.");
        }

        return _valueIsEscaped ? Unescape() : Decode(ValueSpan, _tokenStart);
    }

    /// <summary>
    /// The text of the current string token (the caller checked it is one): the generated readers' path, which shares
    /// equal short values of the document (<see cref="Strings"/>).
    /// </summary>
    internal readonly string GetSharedString()
    {
        if (_valueIsEscaped) return Unescape();
        ReadOnlySpan<byte> utf8 = _buffer.Slice(_valueStart, _valueLength);
        return Strings is { } strings ? strings.Get(utf8, _tokenStart) : Decode(utf8, _tokenStart);
    }

    /// <summary>Whether the current string or property name is the UTF-8 text <paramref name="utf8Text"/> (escapes decoded).</summary>
    /// <param name="utf8Text">The text to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    /// <exception cref="JsonException">The token is not a string or property name, or its text does not decode.</exception>
    public readonly bool ValueTextEquals(ReadOnlySpan<byte> utf8Text)
    {
        // Off a string, Utf8JsonReader throws too (InvalidOperationException); a number's bytes are not its text.
        if (_tokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
        {
            throw new JsonException($"Expected a string but found {_tokenType} at byte {_tokenStart}.");
        }

        if (!_valueIsEscaped) return ValueSpan.SequenceEqual(utf8Text);
        return Encoding.UTF8.GetBytes(GetString() ?? string.Empty).AsSpan().SequenceEqual(utf8Text);
    }

    /// <summary>Reads the current number as a 32-bit integer.</summary>
    /// <param name="value">The number (0 when <see langword="false"/> is returned).</param>
    /// <returns><see langword="false"/> unless the token is an integer number that fits.</returns>
    public readonly bool TryGetInt32(out int value)
    {
        if (_tokenType == JsonTokenType.Number && Utf8Parser.TryParse(ValueSpan, out value, out int used) && used == _valueLength) return true;
        value = 0;
        return false;
    }

    /// <summary>Reads the current number as a 64-bit integer.</summary>
    /// <param name="value">The number (0 when <see langword="false"/> is returned).</param>
    /// <returns><see langword="false"/> unless the token is an integer number that fits.</returns>
    public readonly bool TryGetInt64(out long value)
    {
        if (_tokenType == JsonTokenType.Number && Utf8Parser.TryParse(ValueSpan, out value, out int used) && used == _valueLength) return true;
        value = 0;
        return false;
    }

    /// <summary>Reads the current number as a double (a number too large for one reads as infinity).</summary>
    /// <param name="value">The number (0 when <see langword="false"/> is returned).</param>
    /// <returns><see langword="false"/> unless the token is a number.</returns>
    public readonly bool TryGetDouble(out double value)
    {
        if (_tokenType == JsonTokenType.Number && Utf8Parser.TryParse(ValueSpan, out value, out int used) && used == _valueLength) return true;
        value = 0;
        return false;
    }

    /// <summary>
    /// Moves past the next property of the current object onto its value: the dispatch of generated readers, in one
    /// step instead of two <see cref="Read"/> calls.
    /// </summary>
    /// <param name="name">The property name, unescaped, as UTF-8.</param>
    /// <returns><see langword="false"/> at the object's <c>}</c>.</returns>
    internal bool ReadProperty(out ReadOnlySpan<byte> name)
    {
        ReadOnlySpan<byte> buffer = _buffer;
        int p = SkipWhitespace(_position);
        if ((uint)p >= (uint)buffer.Length) throw Incomplete();
        byte c = buffer[p];
        // '}' ends the object right after its '{' or after a value; otherwise a value is followed by ',' and the next name.
        if (c == (byte)'}')
        {
            EndContainer(p, JsonTokenType.EndObject);
            name = default;
            return false;
        }

        if (_tokenType != JsonTokenType.StartObject)
        {
            if (c != (byte)',') throw Malformed(p, "Expected ',' or '}'");
            p = SkipWhitespace(p + 1);
            if ((uint)p >= (uint)buffer.Length) throw Incomplete();
        }

        ReadName(p);
        // Graph never escapes its ASCII field names, so the raw bytes are the fast path; escapes are still honoured.
        name = _valueIsEscaped ? StrictUtf8.GetBytes(Unescape()) : ValueSpan;
        p = SkipWhitespace(_position);
        if ((uint)p >= (uint)buffer.Length) throw Incomplete();
        ReadValue(p);
        return true;
    }

    /// <summary>Skips the current value and returns its raw bytes (the whole object or array on a <c>{</c> or <c>[</c>).</summary>
    internal ReadOnlySpan<byte> ReadRawValue()
    {
        int start = _tokenStart; // a string's opening quote, a number's first digit, a container's bracket
        Skip();
        return _buffer.Slice(start, _position - start);
    }

    private readonly bool InObject
    {
        get
        {
            int level = _depth - 1;
            ulong bits = level < 64 ? _objects : _deeper![(level >> 6) - 1];
            return (bits & (1UL << (level & 63))) != 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly int SkipWhitespace(int p)
    {
        ReadOnlySpan<byte> buffer = _buffer;
        while ((uint)p < (uint)buffer.Length)
        {
            byte c = buffer[p];
            if (c > (byte)' ' || (c != (byte)' ' && c != (byte)'\n' && c != (byte)'\r' && c != (byte)'\t')) break;
            p++;
        }

        return p;
    }

    // A value starts at p (p is inside the buffer).
    private void ReadValue(int p)
    {
        ReadOnlySpan<byte> buffer = _buffer;
        _tokenStart = p;
        switch (buffer[p])
        {
            case (byte)'"':
                _position = ReadQuoted(p) + 1;
                _tokenType = JsonTokenType.String;
                return;
            case (byte)'{':
                StartContainer(p, JsonTokenType.StartObject);
                return;
            case (byte)'[':
                StartContainer(p, JsonTokenType.StartArray);
                return;
            case (byte)'t':
                ReadLiteral(p, "true"u8, JsonTokenType.True);
                return;
            case (byte)'f':
                ReadLiteral(p, "false"u8, JsonTokenType.False);
                return;
            case (byte)'n':
                ReadLiteral(p, "null"u8, JsonTokenType.Null);
                return;
            default:
                ReadNumber(p);
                return;
        }
    }

    // A property name starts at p: a string, then ':'.
    private void ReadName(int p)
    {
        ReadOnlySpan<byte> buffer = _buffer;
        if (buffer[p] != (byte)'"') throw Malformed(p, "Expected a property name");
        int end = ReadQuoted(p);
        _tokenType = JsonTokenType.PropertyName;
        int colon = SkipWhitespace(end + 1);
        if ((uint)colon >= (uint)buffer.Length) throw Incomplete();
        if (buffer[colon] != (byte)':') throw Malformed(colon, "Expected ':' after a property name");
        _position = colon + 1;
    }

    // The string whose opening quote is at p becomes the current value (its text, without quotes); returns the index
    // of its closing quote.
    private int ReadQuoted(int p)
    {
        _tokenStart = p;
        int end = ScanString(p + 1);
        _valueStart = p + 1;
        _valueLength = end - p - 1;
        return end;
    }

    // Finds the closing quote of the string whose text starts at start; sets _valueIsEscaped.
    private int ScanString(int start)
    {
        ReadOnlySpan<byte> buffer = _buffer;
        ref byte origin = ref MemoryMarshal.GetReference(buffer);
        bool escaped = false;
        int i = start;
        while (true)
        {
            // Sixteen bytes at a time while they fit: one compare finds the quote, a backslash or a control byte.
            if (Vector128.IsHardwareAccelerated && i <= buffer.Length - Vector128<byte>.Count)
            {
                Vector128<byte> bytes = Vector128.LoadUnsafe(ref origin, (nuint)i);
                Vector128<byte> stops = Vector128.Equals(bytes, Vector128.Create((byte)'"'))
                    | Vector128.Equals(bytes, Vector128.Create((byte)'\\'))
                    | Vector128.LessThan(bytes, Vector128.Create((byte)0x20));
                uint mask = stops.ExtractMostSignificantBits();
                if (mask == 0)
                {
                    i += Vector128<byte>.Count;
                    continue;
                }

                i += BitOperations.TrailingZeroCount(mask);
            }
            else
            {
                while ((uint)i < (uint)buffer.Length && buffer[i] is not ((byte)'"' or (byte)'\\' or < 0x20)) i++;
                if ((uint)i >= (uint)buffer.Length) throw Incomplete();
            }

            byte c = buffer[i];
            if (c == (byte)'"')
            {
                _valueIsEscaped = escaped;
                return i;
            }

            if (c != (byte)'\\') throw Malformed(i, "A control character must be escaped in a string");
            escaped = true;
            i = SkipEscape(i);
        }
    }

    // i is on a backslash: returns the index after its escape, which must be one JSON allows.
    private readonly int SkipEscape(int i)
    {
        ReadOnlySpan<byte> buffer = _buffer;
        if ((uint)(i + 1) >= (uint)buffer.Length) throw Incomplete();
        switch (buffer[i + 1])
        {
            case (byte)'"' or (byte)'\\' or (byte)'/' or (byte)'b' or (byte)'f' or (byte)'n' or (byte)'r' or (byte)'t':
                return i + 2;
            case (byte)'u':
                if (i + 6 > buffer.Length) throw Incomplete();
                for (int k = i + 2; k < i + 6; k++)
                {
                    if (!IsHexDigit(buffer[k])) throw Malformed(k, "Expected four hex digits after \\u");
                }

                return i + 6;
            default:
                throw Malformed(i + 1, "Invalid escape in a string");
        }
    }

    private void ReadLiteral(int p, ReadOnlySpan<byte> literal, JsonTokenType type)
    {
        if (!_buffer.Slice(p).StartsWith(literal))
        {
            if (literal.StartsWith(_buffer.Slice(p))) throw Incomplete();
            throw Malformed(p, "Invalid literal");
        }

        _valueStart = p;
        _valueLength = literal.Length;
        _position = p + literal.Length;
        _tokenType = type;
    }

    // JSON's number grammar: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    private void ReadNumber(int p)
    {
        ReadOnlySpan<byte> buffer = _buffer;
        int q = p;
        if (buffer[q] == (byte)'-' && ++q >= buffer.Length) throw Incomplete();
        if (buffer[q] == (byte)'0') q++;
        else if (IsDigit(buffer[q])) q = SkipDigits(q + 1);
        else throw Malformed(q, q == p ? "Unexpected character where a value was expected" : "Expected a digit");

        if (q < buffer.Length && buffer[q] == (byte)'.')
        {
            if (++q >= buffer.Length) throw Incomplete();
            if (!IsDigit(buffer[q])) throw Malformed(q, "Expected a digit after the decimal point");
            q = SkipDigits(q + 1);
        }

        if (q < buffer.Length && (buffer[q] | 0x20) == (byte)'e')
        {
            if (++q < buffer.Length && buffer[q] is (byte)'+' or (byte)'-') q++;
            if (q >= buffer.Length) throw Incomplete();
            if (!IsDigit(buffer[q])) throw Malformed(q, "Expected a digit in the exponent");
            q = SkipDigits(q + 1);
        }

        // As Utf8JsonReader, a number must end at a delimiter, so "01", "1a" or "[1" fail on the number itself, not on
        // the next Read.
        if (q < buffer.Length)
        {
            if (buffer[q] is not ((byte)',' or (byte)'}' or (byte)']' or (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'/'))
            {
                throw Malformed(q, "Expected a delimiter after a number");
            }
        }
        else if (_depth != 0)
        {
            throw Incomplete();
        }

        _valueStart = p;
        _valueLength = q - p;
        _position = q;
        _tokenType = JsonTokenType.Number;
    }

    private readonly int SkipDigits(int q)
    {
        ReadOnlySpan<byte> buffer = _buffer;
        while ((uint)q < (uint)buffer.Length && IsDigit(buffer[q])) q++;
        return q;
    }

    // A '{' or '[' at p: one level deeper, remembering which kind (Read needs it to tell ',' '"' from ',' value).
    private void StartContainer(int p, JsonTokenType type)
    {
        bool isObject = type == JsonTokenType.StartObject;
        int level = _depth;
        if (level >= MaxDepth) throw Malformed(p, $"The JSON is nested deeper than {MaxDepth} levels");
        ulong bit = 1UL << (level & 63);
        if (level < 64)
        {
            _objects = isObject ? _objects | bit : _objects & ~bit;
        }
        else
        {
            _deeper ??= new ulong[(MaxDepth / 64) - 1];
            ref ulong word = ref _deeper[(level >> 6) - 1];
            word = isObject ? word | bit : word & ~bit;
        }

        _depth = level + 1;
        _valueStart = p;
        _valueLength = 1;
        _position = p + 1;
        _tokenType = type;
    }

    private void EndContainer(int p, JsonTokenType type)
    {
        _tokenStart = p;
        _valueStart = p;
        _valueLength = 1;
        _position = p + 1;
        _depth--;
        _tokenType = type;
    }

    // Decodes the escaped text of the current string: runs of UTF-8 between escapes, and the escapes themselves
    // (their syntax was checked when the string was read). Unescaped text is never longer, in UTF-16 units, than its
    // escaped UTF-8.
    private readonly string Unescape()
    {
        ReadOnlySpan<byte> text = ValueSpan;
        char[]? rented = null;
        Span<char> chars = text.Length <= 256 ? stackalloc char[text.Length] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        try
        {
            int written = 0;
            while (true)
            {
                int backslash = text.IndexOf((byte)'\\');
                ReadOnlySpan<byte> run = backslash < 0 ? text : text.Slice(0, backslash);
                if (Utf8.ToUtf16(run, chars.Slice(written), out _, out int decoded, replaceInvalidSequences: false) != OperationStatus.Done)
                {
                    throw NotText(_tokenStart, null);
                }

                written += decoded;
                if (backslash < 0) return new string(chars.Slice(0, written));
                text = text.Slice(backslash);
                char c = (char)text[1];
                int used = 2;
                switch (text[1])
                {
                    case (byte)'b': c = '\b'; break;
                    case (byte)'f': c = '\f'; break;
                    case (byte)'n': c = '\n'; break;
                    case (byte)'r': c = '\r'; break;
                    case (byte)'t': c = '\t'; break;
                    case (byte)'u':
                        c = (char)Hex4(text.Slice(2));
                        used = 6;
                        if (char.IsLowSurrogate(c)) throw NotText(_tokenStart, null);
                        if (char.IsHighSurrogate(c))
                        {
                            // A high surrogate must be followed by an escaped low one: together they are one character.
                            if (text.Length < 12 || text[6] != (byte)'\\' || text[7] != (byte)'u' || !char.IsLowSurrogate((char)Hex4(text.Slice(8))))
                            {
                                throw NotText(_tokenStart, null);
                            }

                            chars[written++] = c;
                            c = (char)Hex4(text.Slice(8));
                            used = 12;
                        }

                        break;
                }

                chars[written++] = c;
                text = text.Slice(used);
            }
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static int Hex4(ReadOnlySpan<byte> hex)
    {
        int value = 0;
        for (int i = 0; i < 4; i++)
        {
            int c = hex[i];
            value = (value << 4) | (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }

        return value;
    }

    /// <summary>Decodes unescaped string text; text that is not UTF-8 is a <see cref="JsonException"/>.</summary>
    internal static string Decode(ReadOnlySpan<byte> utf8, int at)
    {
        // Most Graph text is ASCII: checked and widened, with no separate pass counting characters.
        if (Ascii.IsValid(utf8)) return Encoding.ASCII.GetString(utf8);
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (ArgumentException ex)
        {
            throw NotText(at, ex);
        }
    }

    private static bool IsDigit(byte c) => (uint)(c - '0') <= 9;

    private static bool IsHexDigit(byte c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    private static JsonException NotText(int at, Exception? inner) =>
        new($"The string at byte {at} is not valid UTF-8 or UTF-16 text.", inner);

    private readonly JsonException Incomplete() => new($"The JSON ended early, at byte {_buffer.Length}.");

    private static JsonException Malformed(int at, string what) => new($"{what} at byte {at}.");
}
