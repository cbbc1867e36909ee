using System.Collections.Generic;
using System.Linq;
using GraphGen.Generator.Common;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>
/// Schema -> what to emit. Each method returns plain equatable records, so the pipeline can tell which outputs
/// changed after an edit and regenerate only those.
/// </summary>
public static class ModelBuilder
{
    public static EquatableArray<TypeModel> BuildTypes(NamedSchema schema, GeneratorOptions options)
    {
        var context = new SchemaContext(schema, options);
        return schema.Schema.Nodes.Select(node => TypeModelBuilder.Build(node, context)).ToEquatableArray();
    }

    public static EquatableArray<NodeRequestsModel> BuildRequests(NamedSchema schema, GeneratorOptions options)
    {
        var context = new SchemaContext(schema, options);
        return schema.Schema.Nodes.Where(RequestsModelBuilder.HasRequests).Select(node => RequestsModelBuilder.Build(node, context)).ToEquatableArray();
    }

    public static EquatableArray<TypeMetadataModel> BuildMetadata(NamedSchema schema, GeneratorOptions options)
    {
        var context = new SchemaContext(schema, options);
        return schema.Schema.Nodes.Select(node => MetadataModelBuilder.Build(node, context)).ToEquatableArray();
    }

    public static EquatableArray<EnumModel> BuildEnums(NamedSchema schema, GeneratorOptions options)
    {
        var ns = options.NamespaceFor(schema.Schema.Namespace);
        return schema.Schema.Enums
            .Select((e, i) => BuildEnum(e, schema.Names.Enums[i], ns, options))
            .ToEquatableArray();
    }

    public static ErrorCatalogModel BuildErrors(NamedSchema schema, GeneratorOptions options)
        => new(
            options.NamespaceFor(schema.Schema.Namespace),
            options.Accessibility,
            schema.Schema.Errors
                .OrderBy(e => e.Code)
                .Select(e => new ErrorCodeModel(e.Name, e.Code, e.Description, e.Category.ToString()))
                .ToEquatableArray());

    public static ClientModel BuildClient(NamedSchema schema, GeneratorOptions options)
    {
        var nodes = schema.Schema.Nodes;
        var types = schema.Names.Types;
        var roots = new List<RootModel>();
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Kind == NodeKind.Node && nodes[i].Root is { } root)
            {
                roots.Add(new RootModel(
                    root,
                    types[i].CollectionBuilderName!,
                    types[i].Name,
                    Docs.Of(null, DocSubject.RootCollection, nodes[i].Name, root)));
            }
        }

        return new(
            options.NamespaceFor(schema.Schema.Namespace),
            options.Accessibility,
            schema.Names.ClientName,
            schema.Schema.ApiVersion,
            types.Select(t => t.MetadataMethodName).ToEquatableArray(),
            roots.ToEquatableArray());
    }

    private static EnumModel BuildEnum(EnumSchema schema, EnumNames names, string ns, GeneratorOptions options)
    {
        var members = new List<EnumMemberModel>();
        for (var i = 0; i < schema.Values.Count; i++)
        {
            var value = schema.Values[i];
            members.Add(new EnumMemberModel(
                names.Members[i],
                members.Count + 1,
                value.WireValue,
                Docs.Of(value.Description, DocSubject.EnumValue, value.WireValue)));
        }

        // Value 0 is reserved for a value this schema does not know yet (a newer API version): reading it must not fail.
        return new EnumModel(
            ns,
            options.Accessibility,
            names.Name,
            names.ExtensionsName,
            names.UnrecognizedMember,
            Docs.Of(schema.Description, DocSubject.EnumType, schema.Name),
            members.ToEquatableArray(),
            schema.FilePath);
    }
}
