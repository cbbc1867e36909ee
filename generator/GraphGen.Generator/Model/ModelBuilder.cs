using System.Collections.Generic;
using System.Globalization;
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
    public static EquatableArray<TypeModel> BuildTypes(GraphSchema schema, GeneratorOptions options)
    {
        var context = new SchemaContext(schema, options);
        return schema.Nodes.Select(node => TypeModelBuilder.Build(node, context)).ToEquatableArray();
    }

    public static EquatableArray<NodeRequestsModel> BuildRequests(GraphSchema schema, GeneratorOptions options)
    {
        var context = new SchemaContext(schema, options);
        return schema.Nodes.Where(RequestsModelBuilder.HasRequests).Select(node => RequestsModelBuilder.Build(node, context)).ToEquatableArray();
    }

    public static EquatableArray<TypeMetadataModel> BuildMetadata(GraphSchema schema, GeneratorOptions options)
    {
        var context = new SchemaContext(schema, options);
        return schema.Nodes.Select(node => MetadataModelBuilder.Build(node, context, schema.ClientName)).ToEquatableArray();
    }

    public static EquatableArray<EnumModel> BuildEnums(GraphSchema schema, GeneratorOptions options)
        => schema.Enums.Select(e => BuildEnum(e, options.NamespaceFor(schema.Namespace), options)).ToEquatableArray();

    public static ErrorCatalogModel BuildErrors(GraphSchema schema, GeneratorOptions options)
        => new(
            options.NamespaceFor(schema.Namespace),
            options.Accessibility,
            schema.Errors
                .OrderBy(e => e.Code)
                .Select(e => new ErrorCodeModel(e.Name, e.Code, CSharpText.XmlEscape(e.Description), e.Category.ToString()))
                .ToEquatableArray());

    public static ClientModel BuildClient(GraphSchema schema, GeneratorOptions options)
        => new(
            options.NamespaceFor(schema.Namespace),
            options.Accessibility,
            schema.ClientName,
            CSharpText.StringLiteral(schema.ApiVersion),
            schema.Nodes.Select(n => MetadataModelBuilder.MethodName(n.Name)).ToEquatableArray(),
            schema.Nodes
                .Where(n => n.Kind == NodeKind.Node && n.Root is not null)
                .Select(n => new RootModel(
                    n.Root!,
                    n.Root + "RequestBuilder",
                    n.Name,
                    Docs.Summary(null, $"<c>{n.Name}</c> nodes by id: <c>{n.Root}[\"id\"]</c>.")))
                .ToEquatableArray());

    private static EnumModel BuildEnum(EnumSchema schema, string ns, GeneratorOptions options)
    {
        var taken = new HashSet<string>();
        var members = new List<EnumMemberModel>();
        foreach (var value in schema.Values)
        {
            var name = value.CSharpName ?? Naming.MemberName(value.WireValue, schema.Name, taken);
            taken.Add(name);
            members.Add(new EnumMemberModel(
                name,
                members.Count + 1,
                CSharpText.StringLiteral(value.WireValue),
                Docs.Summary(value.Description, $"The wire value <c>{CSharpText.XmlEscape(value.WireValue)}</c>.")));
        }

        // Value 0 is reserved for a value this schema does not know yet (a newer API version): reading it must not fail.
        var unrecognized = "Unrecognized";
        while (taken.Contains(unrecognized))
        {
            unrecognized += "Value";
        }

        return new EnumModel(
            ns,
            options.Accessibility,
            schema.Name,
            SchemaContext.EnumExtensionsName(schema.Name),
            unrecognized,
            Docs.Summary(schema.Description, $"The Graph API <c>{schema.Name}</c> values."),
            members.ToEquatableArray(),
            schema.FilePath);
    }

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
