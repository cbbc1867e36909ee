using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GraphGen.Analyzers;

/// <summary>
/// What the analyzer needs of a generated selector (<c>XxxFields : FieldSelection&lt;XxxFields&gt;</c>): its members
/// (a property per plain field, a method per expandable field or edge, each named like the model property it
/// fills) and its <c>Default</c> and <c>All</c> presets when they can be read from source.
/// </summary>
internal sealed class SelectorShape
{
    private readonly Lazy<Selection?> _default;
    private readonly Lazy<Selection?> _all;

    private SelectorShape(INamedTypeSymbol type, ImmutableDictionary<string, SelectorMember> members, GraphApiSymbols symbols)
    {
        Type = type;
        Members = members;
        _default = new Lazy<Selection?>(() => ReadPreset("DefaultFieldNames", symbols));
        _all = new Lazy<Selection?>(() => ReadPreset("AllFieldNames", symbols));
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>The field and edge members by C# name.</summary>
    public ImmutableDictionary<string, SelectorMember> Members { get; }

    /// <summary>The fields Graph returns when none are named, or null when not known statically.</summary>
    public Selection? Default => _default.Value;

    /// <summary>Every non-deprecated field, or null when not known statically.</summary>
    public Selection? All => _all.Value;

    public static SelectorShape? TryCreate(ITypeSymbol type, GraphApiSymbols symbols)
    {
        if (type is not INamedTypeSymbol { BaseType: { IsGenericType: true } baseType } named
            || !SymbolEqualityComparer.Default.Equals(baseType.OriginalDefinition, symbols.FieldSelectionOfT)
            || !SymbolEqualityComparer.Default.Equals(baseType.TypeArguments[0], named))
        {
            return null;
        }

        var members = ImmutableDictionary.CreateBuilder<string, SelectorMember>(StringComparer.Ordinal);
        foreach (var member in named.GetMembers())
        {
            if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public)
            {
                continue;
            }

            if (member is IPropertySymbol property && SymbolEqualityComparer.Default.Equals(property.Type, named))
            {
                members[property.Name] = new SelectorMember(false, null);
            }
            else if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, Parameters.Length: > 0 } method
                && SymbolEqualityComparer.Default.Equals(method.ReturnType, named)
                && NestedSelectorType(method) is { } nested)
            {
                members[method.Name] = new SelectorMember(true, nested);
            }
        }

        return new SelectorShape(named, members.ToImmutable(), symbols);
    }

    /// <summary>The nested selector of an expansion method: its first parameter is <c>Func&lt;N, N&gt;?</c>.</summary>
    public static INamedTypeSymbol? NestedSelectorType(IMethodSymbol method) =>
        method.Parameters[0].Type is INamedTypeSymbol func ? FuncSelector(func) : null;

    /// <summary>N when <paramref name="type"/> is <c>Func&lt;N, N&gt;</c> (a selector lambda's type), else null.</summary>
    public static INamedTypeSymbol? FuncSelector(INamedTypeSymbol type) =>
        type is { IsGenericType: true, TypeArguments.Length: 2, Name: "Func" }
        && type.TypeArguments[0] is INamedTypeSymbol nested
        && SymbolEqualityComparer.Default.Equals(nested, type.TypeArguments[1])
            ? nested
            : null;

    // The presets are the wire names the selector returns from IFieldSelectionPresets (a string array in source). A
    // wire name maps to the member whose name equals it without underscores, ignoring case (the naming rule for names
    // not overridden in the schema); when any name does not map to exactly one member, the preset counts as unknown
    // and reads after it stay silent rather than risk a false warning.
    private Selection? ReadPreset(string presetName, GraphApiSymbols symbols)
    {
        var implementation = Type.GetMembers().OfType<IPropertySymbol>().FirstOrDefault(p =>
            p.ExplicitInterfaceImplementations.Any(i =>
                i.Name == presetName && SymbolEqualityComparer.Default.Equals(i.ContainingType, symbols.Presets)));
        if (implementation is null || implementation.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = implementation.DeclaringSyntaxReferences[0].GetSyntax();
        var byNormalizedName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in Members.Keys)
        {
            var key = Normalize(name);
            byNormalizedName[key] = byNormalizedName.ContainsKey(key) ? null : name;
        }

        var selection = Selection.Empty(Type);
        foreach (var node in declaration.DescendantNodes())
        {
            // Anything computed rather than listed is not statically known.
            if (node is InvocationExpressionSyntax)
            {
                return null;
            }

            if (node is not LiteralExpressionSyntax literal)
            {
                continue;
            }

            if (!literal.IsKind(SyntaxKind.StringLiteralExpression)
                || !byNormalizedName.TryGetValue(Normalize(literal.Token.ValueText), out var member)
                || member is null)
            {
                return null;
            }

            var shape = Members[member];
            var nested = shape.NestedType is null ? null : Selection.Empty(shape.NestedType);
            selection = selection.With(member, nested, shape.IsExpansion, literal);
        }

        // A type whose schema marks no field `default: true` says nothing about Graph's defaults (Graph does answer
        // /me/picture with url, width...): an empty Default is "not known", never "nothing".
        if (selection.IsEmpty && presetName == "DefaultFieldNames")
        {
            return null;
        }

        return selection.WithAppendTarget(null);
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty).ToLowerInvariant();
}

/// <summary>A selector member: a plain field (property) or an expansion (method) with its nested selector type.</summary>
internal readonly record struct SelectorMember(bool IsExpansion, INamedTypeSymbol? NestedType);
