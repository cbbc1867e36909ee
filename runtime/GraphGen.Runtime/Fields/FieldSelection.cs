using System;
using System.ComponentModel;
using System.Globalization;
using System.Text;

namespace GraphGen.Runtime;

/// <summary>
/// An immutable, compile-checked selection of fields for the Graph API <c>fields</c> parameter, rendered in
/// Graph's syntax: <c>id,name,albums.limit(5){name,photos.limit(2){name}}</c>.
/// Generated <c>XxxFields</c> classes derive from it and add one member per field and edge; every member returns a
/// new selection, so a selection can be kept in a <c>static readonly</c> field and shared between threads.
/// </summary>
public abstract class FieldSelection
{
    // Set once, by the constructor or by FieldSelection<TSelf> right after creating the instance.
    private FieldSelectionEntry? _last;
    private string? _rendered;

    /// <summary>Creates a selection whose last entry is <paramref name="last"/> (null: nothing selected).</summary>
    protected FieldSelection(FieldSelectionEntry? last) => _last = last;

    /// <summary>Sets the entries of a selection that was just created and not yet shared.</summary>
    internal void Initialize(FieldSelectionEntry? last) => _last = last;

    /// <summary>True when no field is selected (the Graph API then returns the node's default fields).</summary>
    public bool IsEmpty => _last is null;

    /// <summary>Appends a plain field.</summary>
    protected FieldSelectionEntry? Append(string wireName) => new FieldSelectionEntry(_last, wireName, null, null);

    /// <summary>Appends an expanded edge or object field with an optional limit and nested selection.</summary>
    protected FieldSelectionEntry? AppendExpansion(string wireName, int? limit, FieldSelection? fields)
    {
        if (limit is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "An edge limit cannot be negative.");
        }

        return new FieldSelectionEntry(_last, wireName, limit, fields is { IsEmpty: false } ? fields : null);
    }

    /// <summary>The selection in Graph's syntax; computed once and cached.</summary>
    public override string ToString() => _rendered ??= Render();

    private string Render()
    {
        var builder = new StringBuilder();
        RenderTo(builder);
        return builder.ToString();
    }

    private void RenderTo(StringBuilder builder)
    {
        // Entries are linked newest-first; render oldest-first so the text keeps the order the user wrote.
        var count = 0;
        for (var e = _last; e is not null; e = e.Previous)
        {
            count++;
        }

        var entries = new FieldSelectionEntry[count];
        var i = count;
        for (var e = _last; e is not null; e = e.Previous)
        {
            entries[--i] = e;
        }

        for (i = 0; i < entries.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var entry = entries[i];
            builder.Append(entry.WireName);
            if (entry.Limit is { } limit)
            {
                builder.Append(".limit(").Append(limit.ToString(CultureInfo.InvariantCulture)).Append(')');
            }

            if (entry.Fields is { } nested)
            {
                builder.Append('{');
                nested.RenderTo(builder);
                builder.Append('}');
            }
        }
    }
}

/// <summary>One selected field: a node of the persistent list behind <see cref="FieldSelection"/>.</summary>
// Called by generated code only; hidden from IntelliSense, still public so generated code in any assembly can call it.
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class FieldSelectionEntry
{
    internal FieldSelectionEntry(FieldSelectionEntry? previous, string wireName, int? limit, FieldSelection? fields)
    {
        Previous = previous;
        WireName = wireName;
        Limit = limit;
        Fields = fields;
    }

    internal FieldSelectionEntry? Previous { get; }

    internal string WireName { get; }

    internal int? Limit { get; }

    internal FieldSelection? Fields { get; }
}
