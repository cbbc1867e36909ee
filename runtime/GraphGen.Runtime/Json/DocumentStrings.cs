using System;
using System.Text;

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
    private const int MaxLength = 64;

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

    /// <summary>The string of the unescaped UTF-8 <paramref name="utf8"/>, shared when it is short ASCII seen before in this document.</summary>
    internal string? Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength || utf8.Length == 0) return null;
        int slot = Hash(utf8) & (Slots - 1);
        string? known = _strings[slot];
        if (known is not null && known.Length == utf8.Length && Ascii.Equals(utf8, known)) return known;
        if (!Ascii.IsValid(utf8)) return null;
        string text = Encoding.ASCII.GetString(utf8);
        _strings[slot] = text;
        return text;
    }

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        uint h = (uint)utf8.Length * 0x9E3779B9u;
        h ^= utf8[0];
        h = (h * 0x85EBCA6Bu) ^ utf8[utf8.Length - 1];
        h = (h * 0xC2B2AE35u) ^ utf8[utf8.Length / 2];
        h = (h * 0x27D4EB2Fu) ^ utf8[utf8.Length / 3];
        return (int)(h ^ (h >> 15));
    }
}
