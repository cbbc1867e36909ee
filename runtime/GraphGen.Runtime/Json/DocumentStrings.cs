using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// Equal short strings within one JSON document share one instance: Graph repeats values (<c>"privacy":"friends"</c>,
/// a place name, a category) on every item of a page, and each repeat would otherwise be a new string. Active only
/// inside <see cref="GraphJson.Deserialize{T}"/> on the reading thread, and emptied when it returns, so nothing is
/// kept between responses.
/// </summary>
internal sealed class DocumentStrings
{
    // Direct-mapped: a slot holds the last string whose hash fell there; a clash just creates a new string.
    private const int Slots = 256;
    private const int MaxLength = 16;

    [ThreadStatic]
    private static DocumentStrings? t_cached;

    [ThreadStatic]
    private static DocumentStrings? t_active;

    private readonly string?[] _strings = new string?[Slots];

    /// <summary>The table of the document being read on this thread, or null outside <see cref="GraphJson.Deserialize{T}"/>.</summary>
    internal static DocumentStrings? Active => t_active;

    /// <summary>Starts a document; null when one is already being read on this thread (a nested read shares it).</summary>
    internal static DocumentStrings? Enter()
    {
        if (t_active is not null) return null;
        DocumentStrings table = t_cached ?? new DocumentStrings();
        t_cached = null;
        t_active = table;
        return table;
    }

    /// <summary>Ends the document <see cref="Enter"/> started: forgets its strings and keeps the table for the next one.</summary>
    internal static void Exit(DocumentStrings? table)
    {
        if (table is null) return;
        Array.Clear(table._strings);
        t_active = null;
        t_cached = table;
    }

    /// <summary>
    /// The string of the unescaped, single-segment string token the reader is on: the one seen before in this
    /// document when the bytes are equal and short ASCII, else a new one (created and checked as
    /// <see cref="GraphJsonReader.GetString"/> does) that later equal values share.
    /// </summary>
    internal string Get(ref GraphJsonReader reader)
    {
        ReadOnlySpan<byte> utf8 = reader.ValueSpan;
        // Ids (digits first) are unique per object and long values rarely repeat: looking them up costs more than
        // the string it might save.
        if ((uint)(utf8.Length - 1) >= MaxLength || (uint)(utf8[0] - '0') <= 9) return reader.GetString()!;
        ref string? slot = ref _strings[Hash(utf8) & (Slots - 1)];
        string? known = slot;
        // A non-ASCII string never equals here (Ascii.Equals is false for it), so storing one below is harmless.
        if (known is not null && known.Length == utf8.Length && Ascii.Equals(utf8, known)) return known;
        string text = reader.GetString()!;
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
