using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GraphGen.Analyzers;

/// <summary>
/// What the analyzer needs of a generated model: that it implements <c>IGraphModel&lt;T&gt;</c> and has
/// <c>Has(T.Field)</c>, whose enum names exactly the Graph fields (the properties a selection decides).
/// </summary>
internal sealed class ModelShape
{
    private ModelShape(INamedTypeSymbol type, INamedTypeSymbol fieldEnum, ImmutableHashSet<string> fields)
    {
        Type = type;
        FieldEnum = fieldEnum;
        Fields = fields;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>The parameter type of <c>Has</c>: <c>Field</c> unless the schema took that name.</summary>
    public INamedTypeSymbol FieldEnum { get; }

    /// <summary>The names of the field enum's members, which are the names of the Graph-field properties.</summary>
    public ImmutableHashSet<string> Fields { get; }

    public static ModelShape? TryCreate(ITypeSymbol type, GraphApiSymbols symbols)
    {
        if (type is not INamedTypeSymbol named
            || !named.AllInterfaces.Any(i =>
                SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, symbols.GraphModel)
                && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], named)))
        {
            return null;
        }

        foreach (var member in named.GetMembers("Has"))
        {
            if (member is IMethodSymbol { IsStatic: false, Parameters.Length: 1 } has
                && has.Parameters[0].Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } fieldEnum
                && SymbolEqualityComparer.Default.Equals(fieldEnum.ContainingType, named))
            {
                var fields = fieldEnum.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name);
                return new ModelShape(named, fieldEnum, fields.ToImmutableHashSet());
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="method"/> is this model's <c>Has</c>.</summary>
    public bool IsHas(IMethodSymbol method) =>
        method.Name == "Has"
        && method.Parameters.Length == 1
        && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, FieldEnum);
}
