using System;
using System.Globalization;
using System.Text;

namespace GraphGen.Testing;

/// <summary>
/// The fake's paging cursors: opaque base64 strings, as Graph's are, encoding an item's position in its edge list.
/// Clients must treat them as opaque; tests may decode them with <see cref="TryDecode"/>.
/// </summary>
public static class EdgeCursor
{
    private const string Prefix = "fakegraph:";

    /// <summary>The cursor of the item at <paramref name="position"/>.</summary>
    /// <param name="position">The zero-based position.</param>
    /// <returns>The cursor.</returns>
    public static string Encode(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Reads a cursor made by <see cref="Encode"/>.</summary>
    /// <param name="cursor">The cursor.</param>
    /// <param name="position">The position it encodes.</param>
    /// <returns>False for anything else.</returns>
    public static bool TryDecode(string cursor, out int position)
    {
        position = 0;
        Span<byte> bytes = stackalloc byte[64];
        if (cursor.Length > 80 || !Convert.TryFromBase64String(cursor, bytes, out int written)) return false;
        string text = Encoding.UTF8.GetString(bytes[..written]);
        return text.StartsWith(Prefix, StringComparison.Ordinal) &&
            int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out position);
    }
}
