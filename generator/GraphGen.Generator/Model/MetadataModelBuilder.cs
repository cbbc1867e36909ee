using System.Linq;
using GraphGen.Generator.Common;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>Builds the <see cref="TypeMetadataModel"/> of each node and struct.</summary>
public static class MetadataModelBuilder
{
    public static TypeMetadataModel Build(NodeSchema node, SchemaContext context)
        => new(
            context.Namespace,
            context.Accessibility,
            context.Names.ClientName,
            node.Name,
            context.Type(node.Name).Name + ".Schema.g.cs",
            context.Type(node.Name).MetadataMethodName,
            node.Kind == NodeKind.Node,
            node.Root is null ? "null" : CSharpText.StringLiteral(node.Root),
            CSharpText.StringLiteral(node.IdPrefix ?? string.Empty),
            node.Fields.Select(f => new FieldMetadataModel(
                CSharpText.StringLiteral(f.WireName),
                CSharpText.StringLiteral(f.Type.ToString()),
                ObjectType(f.Type, context) is { } objectType ? CSharpText.StringLiteral(objectType) : "null",
                f.IsDefault,
                f.Deprecated is not null || f.CoreDeprecated || f.NoDataSince is not null)).ToEquatableArray(),
            node.Edges.Select(e => new EdgeMetadataModel(
                CSharpText.StringLiteral(e.WireName),
                CSharpText.StringLiteral(e.Target),
                e.Paging == PagingKind.Cursor,
                e.Readable,
                e.Operations.Select(Operation).ToEquatableArray())).ToEquatableArray(),
            node.Operations.Select(Operation).ToEquatableArray(),
            node.FilePath);

    private static OperationMetadataModel Operation(OperationSchema op)
        => new(
            CSharpText.StringLiteral(op.Name),
            CSharpText.StringLiteral(op.Method.ToString().ToUpperInvariant()),
            StringArray(op.Params.Select(p => p.WireName)),
            StringArray(op.Params.Where(p => p.Required).Select(p => p.WireName)),
            op.Returns is null ? "null" : CSharpText.StringLiteral(op.Returns));

    private static string StringArray(System.Collections.Generic.IEnumerable<string> values)
    {
        var items = values.Select(CSharpText.StringLiteral).ToList();
        return items.Count == 0 ? "global::System.Array.Empty<string>()" : "new[] { " + string.Join(", ", items) + " }";
    }

    private static string? ObjectType(TypeRef type, SchemaContext context)
    {
        while (type.Kind is TypeKind.List or TypeKind.Map)
        {
            type = type.Element!;
        }

        return context.Mapper.IsObject(type) ? type.Name : null;
    }
}
