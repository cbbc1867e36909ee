using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// Equal short strings within one JSON document share one instance: Graph repeats values (<c>"privacy":"friends"</c>,
/// a place name, a category) on every item of a page, and each repeat would otherwise be a new string. Carried by the
/// <see cref="GraphJsonReader"/> of <see cref="GraphJson.Deserialize{T}"/> (not looked up per string), and emptied when
/// it returns, so nothing is kept between responses.
/// </summary>
internal sealed class DocumentStrings
{
    // Direct-mapped: a slot holds the last string whose hash fell there; a clash just creates a new string.
    private const int Slots = 256;
    private const int MaxLength = 16;

    // One table a thread, reused from document to document; a nested document (rare) gets a table of its own.
    [ThreadStatic]
    private static DocumentStrings? t_cached;

    private readonly string?[] _strings = new string?[Slots];

    /// <summary>A table for a new document, for its reader to carry.</summary>
    internal static DocumentStrings Rent()
    {
        DocumentStrings? table = t_cached;
        t_cached = null;
        return table ?? new DocumentStrings();
    }

    /// <summary>Ends the document: forgets its strings and keeps the table for the next one.</summary>
    internal static void Return(DocumentStrings table)
    {
        Array.Clear(table._strings);
        t_cached = table;
    }

    /// <summary>
    /// The string of the unescaped UTF-8 text <paramref name="utf8"/>: the one seen before in this document when the
    /// bytes are equal and short ASCII, else a new one (decoded and checked as <see cref="GraphJsonReader.GetString"/>
    /// does) that later equal values share.
    /// </summary>
    internal string Get(ReadOnlySpan<byte> utf8, int at)
    {
        // Ids (digits first) are unique per object and long values rarely repeat: looking them up costs more than
        // the string it might save.
        if ((uint)(utf8.Length - 1) >= MaxLength || (uint)(utf8[0] - '0') <= 9) return GraphJsonReader.Decode(utf8, at);
        ref string? slot = ref _strings[Hash(utf8) & (Slots - 1)];
        string? known = slot;
        // A non-ASCII string never equals here (Ascii.Equals is false for it), so storing one below is harmless.
        if (known is not null && known.Length == utf8.Length && Ascii.Equals(utf8, known)) return known;
        string text = GraphJsonReader.Decode(utf8, at);
        slot = text;
        return text;
    }

    // The length and the first and last four bytes (overlapping for short values): two loads, no loop.
    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        ref byte start = ref MemoryMarshal.GetReference(utf8);
        int length = utf8.Length;
        uint h = length >= 4
            ? Unsafe.ReadUnaligned<uint>(ref start) ^ BitOperations.RotateLeft(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref start, length - 4)), 13)
            : start | ((uint)Unsafe.Add(ref start, length >> 1) << 8) | ((uint)Unsafe.Add(ref start, length - 1) << 16);
        h = (h + (uint)length) * 0x9E3779B1u;
        return (int)(h ^ (h >> 15));
    }
}
