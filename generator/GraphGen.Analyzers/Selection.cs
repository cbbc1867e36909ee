using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GraphGen.Analyzers;

/// <summary>
/// A field selection known at compile time: which members of a generated <c>XxxFields</c> selector it names, with the
/// nested selection of each expanded edge or object field. An empty selection means "the Graph API's defaults".
/// </summary>
internal sealed class Selection
{
    private Selection(INamedTypeSymbol selectorType, ImmutableDictionary<string, SelectedMember> members, SyntaxNode? appendTarget)
    {
        SelectorType = selectorType;
        Members = members;
        AppendTarget = appendTarget;
    }

    /// <summary>The generated selector type, e.g. <c>UserFields</c>.</summary>
    public INamedTypeSymbol SelectorType { get; }

    /// <summary>The selected members by C# name.</summary>
    public ImmutableDictionary<string, SelectedMember> Members { get; }

    /// <summary>
    /// The expression a member can be appended to (<c>f.Id.Name</c> -> <c>f.Id.Name.Email</c>) by the code fix, or null
    /// when there is none in source (a preset, an empty selection whose meaning appending would change).
    /// </summary>
    public SyntaxNode? AppendTarget { get; }

    /// <summary>True when nothing is selected: Graph then returns the type's default fields.</summary>
    public bool IsEmpty => Members.Count == 0;

    public static Selection Empty(INamedTypeSymbol selectorType) =>
        new(selectorType, ImmutableDictionary<string, SelectedMember>.Empty, null);

    public Selection With(string member, Selection? nested, bool isExpansion, SyntaxNode appendTarget) =>
        new(SelectorType, Members.SetItem(member, new SelectedMember(nested, isExpansion)), appendTarget);

    public Selection WithAppendTarget(SyntaxNode? appendTarget) => new(SelectorType, Members, appendTarget);
}

/// <summary>One selected member; <see cref="Nested"/> is null for a plain field or a nested selection not known statically.</summary>
internal readonly record struct SelectedMember(Selection? Nested, bool IsExpansion);
