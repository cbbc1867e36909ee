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
            node.Root,
            node.IdPrefix ?? string.Empty,
            node.Fields.Select(f => new FieldMetadataModel(
                f.WireName,
                f.Type.ToString(),
                ObjectType(f.Type, context),
                f.IsDefault,
                f.Deprecated is not null || f.CoreDeprecated || f.NoDataSince is not null)).ToEquatableArray(),
            node.Edges.Select(e => new EdgeMetadataModel(
                e.WireName,
                e.Target,
                e.Paging == PagingKind.Cursor,
                e.Readable,
                e.Operations.Select(Operation).ToEquatableArray())).ToEquatableArray(),
            node.Operations.Select(Operation).ToEquatableArray(),
            node.FilePath);

    private static OperationMetadataModel Operation(OperationSchema op)
        => new(
            op.Name,
            op.Method.ToString().ToUpperInvariant(),
            op.Params.Select(p => p.WireName).ToEquatableArray(),
            op.Params.Where(p => p.Required).Select(p => p.WireName).ToEquatableArray(),
            op.Returns);

    private static string? ObjectType(TypeRef type, SchemaContext context)
    {
        while (type.Kind is TypeKind.List or TypeKind.Map)
        {
            type = type.Element!;
        }

        return context.Mapper.IsObject(type) ? type.Name : null;
    }
}
