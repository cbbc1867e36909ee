using System;
using System.Collections.Concurrent;
using System.ComponentModel;

namespace GraphGen.Runtime;

/// <summary>
/// The wire text of enum values a schema does not know (a newer API version added them), so a model read from Graph
/// writes them back unchanged. Each distinct unknown text of an enum type gets its own negative value (-1, -2, ...):
/// equal texts read as equal values, and <c>ToWireValue</c> returns the text. Generated <c>ReadJson</c> and
/// <c>ToWireValue</c> call this; user code tests <c>IsRecognized()</c> instead.
/// </summary>
/// <remarks>
/// A process-wide table per enum type, like <see cref="string.Intern(string)"/>. It holds at most
/// <see cref="Capacity"/> texts of at most <see cref="MaxTextLength"/> characters; beyond that an unknown value reads
/// as the enum's <c>Unrecognized</c> member (0), whose wire text is not kept, so a misbehaving server cannot grow it
/// without bound.
/// </remarks>
/// <typeparam name="TEnum">The generated enum.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GraphEnumWireText<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Most unknown texts kept per enum type.</summary>
    public const int Capacity = 1024;

    /// <summary>Longest unknown text kept, in characters (Graph's enum values are short upper-case words).</summary>
    public const int MaxTextLength = 256;

    private static readonly object Gate = new();
    private static readonly ConcurrentDictionary<string, int> ValueByText = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<int, string> TextByValue = new();

    /// <summary>The negative value standing for <paramref name="wireText"/>, or 0 when the table is full or the text too long.</summary>
    /// <param name="wireText">A wire value no member of <typeparamref name="TEnum"/> has.</param>
    /// <returns>The value to cast to <typeparamref name="TEnum"/>.</returns>
    public static int ValueOf(string wireText)
    {
        ArgumentNullException.ThrowIfNull(wireText);
        if (ValueByText.TryGetValue(wireText, out int value)) return value;
        if (wireText.Length > MaxTextLength) return 0;
        lock (Gate)
        {
            if (ValueByText.TryGetValue(wireText, out value)) return value;
            if (TextByValue.Count >= Capacity) return 0;
            value = -(TextByValue.Count + 1);
            TextByValue[value] = wireText;
            ValueByText[wireText] = value;
            return value;
        }
    }

    /// <summary>The wire text of a value from <see cref="ValueOf"/>, or <c>null</c>.</summary>
    /// <param name="value">The enum value as an integer.</param>
    /// <returns>The text, or <c>null</c> for any other value.</returns>
    public static string? TextOf(int value) => value < 0 && TextByValue.TryGetValue(value, out string? text) ? text : null;
}
