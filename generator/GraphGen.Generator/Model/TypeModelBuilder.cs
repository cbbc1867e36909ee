using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using GraphGen.Generator.Common;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>Builds the <see cref="TypeModel"/> of one node or struct: properties, JSON code, field selector.</summary>
public static class TypeModelBuilder
{
    public static TypeModel Build(NodeSchema node, SchemaContext context)
    {
        var mapper = context.Mapper;
        var names = context.Type(node.Name);
        var properties = new List<PropertyModel>();
        var selectors = new List<SelectorModel>();
        var defaults = new List<string>();
        var all = new List<string>();

        for (var i = 0; i < node.Fields.Count; i++)
        {
            var field = node.Fields[i];
            var name = names.Fields[i];
            var docs = Docs.ForField(field, $"The <c>{CSharpText.XmlEscape(field.WireName)}</c> field.");
            var obsolete = Docs.ObsoleteMessage(field.Deprecated, field.CoreDeprecated, field.NoDataSince);
            var write = new List<string>();
            mapper.WriteValue(field.Type, "v", write);
            properties.Add(NewProperty(properties.Count, name, field.WireName, mapper.NullableTypeName(field.Type), docs, obsolete, mapper.ReadNullable(field.Type), write));
            selectors.Add(new SelectorModel(name.Name, Utf16Literal(field.WireName), NestedFieldsType(field.Type, context), false, docs, obsolete, name.HidesInSelector));
            if (field.IsDefault)
            {
                defaults.Add(Utf16Literal(field.WireName));
            }

            if (obsolete is null)
            {
                all.Add(Utf16Literal(field.WireName));
            }
        }

        for (var i = 0; i < node.Edges.Count; i++)
        {
            var edge = node.Edges[i];
            if (!names.Edges[i].ExpandsInModel)
            {
                // Graph cannot read it (no GET), or a field of the same name already is the JSON property.
                continue;
            }

            var name = names.Edges[i].Property;
            var docs = Docs.Summary(edge.Description, $"The <c>{CSharpText.XmlEscape(edge.WireName)}</c> edge, when expanded in the field selection.");
            var obsolete = Docs.ObsoleteMessage(edge.Deprecated, false, null);
            var itemType = context.Qualified(context.Type(edge.Target).Name);
            var paged = edge.Paging == PagingKind.Cursor;
            var write = new List<string>();
            TypeMapper.WriteEdge(itemType, paged, "v", write);
            var type = (paged ? TypeMapper.PageTypeName(itemType) : itemType) + "?";
            properties.Add(NewProperty(properties.Count, name, edge.WireName, type, docs, obsolete, mapper.ReadEdge(itemType, paged), write));
            selectors.Add(new SelectorModel(name.Name, Utf16Literal(edge.WireName), mapper.FieldsTypeOf(edge.Target), paged, docs, obsolete, name.HidesInSelector));
        }

        var groups = properties
            .GroupBy(p => Encoding.UTF8.GetByteCount(p.WireName))
            .OrderBy(g => g.Key)
            .Select(g => new NameLengthGroup(g.Key, g.ToEquatableArray()))
            .ToEquatableArray();
        var words = Enumerable.Range(0, (properties.Count + 63) / 64)
            .Select(i => new PresenceWord(NameAuthority.PresenceWord(i), i))
            .ToEquatableArray();

        return new TypeModel(
            context.Namespace,
            context.Accessibility,
            names.Name,
            names.FieldsName,
            names.FieldEnumName,
            node.Kind == NodeKind.Node,
            Docs.Summary(node.Description, $"The Graph API <c>{CSharpText.XmlEscape(node.Name)}</c> {(node.Kind == NodeKind.Node ? "node" : "object")}."),
            properties.ToEquatableArray(),
            groups,
            words,
            selectors.ToEquatableArray(),
            defaults.ToEquatableArray(),
            all.ToEquatableArray(),
            node.FilePath);
    }

    private static PropertyModel NewProperty(
        int index, MemberNames name, string wireName, string type, EquatableArray<string> docs, string? obsolete, string read, List<string> write)
        => new(
            name.Name,
            name.HidesInModel,
            wireName,
            Utf8Literal(wireName),
            type,
            NameAuthority.BackingField(name.Name),
            NameAuthority.PresenceWord(index / 64),
            "0x" + (1UL << (index % 64)).ToString("X", CultureInfo.InvariantCulture) + "UL",
            index,
            docs,
            obsolete,
            read,
            CSharpText.IndentBlocks(write));

    /// <summary>The selector type for a field that can be expanded with sub-fields (objects and lists of objects).</summary>
    private static string? NestedFieldsType(TypeRef type, SchemaContext context)
    {
        while (type.Kind == TypeKind.List)
        {
            type = type.Element!;
        }

        return context.Mapper.IsObject(type) ? context.Mapper.FieldsTypeOf(type.Name!) : null;
    }

    internal static string Utf8Literal(string wireName) => CSharpText.StringLiteral(wireName) + "u8";

    internal static string Utf16Literal(string wireName) => CSharpText.StringLiteral(wireName);
}
