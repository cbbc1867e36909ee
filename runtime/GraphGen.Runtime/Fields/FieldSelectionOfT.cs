using System;

namespace GraphGen.Runtime;

/// <summary>
/// The base of every generated <c>XxxFields</c> selector. It holds the selector plumbing (<see cref="Default"/>,
/// <see cref="All"/>, <see cref="With"/>) so that the generated class declares nothing but one member per field and
/// edge: a field named <c>all</c>, <c>default</c>, <c>with</c> or <c>to_string</c> is an ordinary member (declared
/// <c>new</c>), and the generated code reaches the plumbing through <c>base.</c>, which a field cannot hide.
/// </summary>
/// <typeparam name="TSelf">The generated selector type.</typeparam>
public abstract class FieldSelection<TSelf> : FieldSelection
    where TSelf : FieldSelection<TSelf>, IFieldSelectionPresets, new()
{
    private static TSelf? s_default;
    private static TSelf? s_all;

    /// <summary>Creates an empty selection (the Graph API then returns the default fields).</summary>
    protected FieldSelection()
        : base(null)
    {
    }

    /// <summary>
    /// The fields the Graph API returns by default (those marked <c>default: true</c> in the schema). When the type has
    /// a field named <c>default</c>, write <c>FieldSelection&lt;XFields&gt;.Default</c>.
    /// </summary>
    public static TSelf Default => s_default ??= FromWireNames(TSelf.DefaultFieldNames);

    /// <summary>
    /// Every field that is not deprecated (edges are not expanded). When the type has a field named <c>all</c>, write
    /// <c>FieldSelection&lt;XFields&gt;.All</c>.
    /// </summary>
    public static TSelf All => s_all ??= FromWireNames(TSelf.AllFieldNames);

    /// <summary>This selection plus a plain field.</summary>
    /// <param name="wireName">The field's wire name.</param>
    /// <returns>A new selection.</returns>
    protected TSelf With(string wireName) => Create(Append(wireName));

    /// <summary>This selection plus an expanded edge or object field.</summary>
    /// <param name="wireName">The wire name.</param>
    /// <param name="limit">The edge's item limit, or null.</param>
    /// <param name="fields">The nested selection, or null for the defaults.</param>
    /// <returns>A new selection.</returns>
    protected TSelf WithExpansion(string wireName, int? limit, FieldSelection? fields) => Create(AppendExpansion(wireName, limit, fields));

    private static TSelf FromWireNames(string[] wireNames)
    {
        var selection = new TSelf();
        foreach (var wireName in wireNames)
        {
            selection = selection.With(wireName);
        }

        return selection;
    }

    private static TSelf Create(FieldSelectionEntry? last)
    {
        var selection = new TSelf();
        selection.Initialize(last);
        return selection;
    }
}
