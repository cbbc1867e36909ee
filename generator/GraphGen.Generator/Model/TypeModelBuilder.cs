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
        var taken = new HashSet<string> { "ReadJson", "WriteJson", "Has", "FromJson", "ToJson" };
        var properties = new List<PropertyModel>();
        var selectors = new List<SelectorModel>();
        var defaults = new List<string>();
        var all = new List<string>();

        foreach (var field in node.Fields)
        {
            var name = Naming.MemberName(field.WireName, node.Name, taken);
            var docs = Docs.ForField(field, $"The <c>{CSharpText.XmlEscape(field.WireName)}</c> field.");
            var obsolete = Docs.ObsoleteMessage(field.Deprecated, field.CoreDeprecated, field.NoDataSince);
            var write = new List<string>();
            mapper.WriteValue(field.Type, "v", write);
            properties.Add(NewProperty(properties.Count, name, field.WireName, mapper.NullableTypeName(field.Type), docs, obsolete, mapper.ReadNullable(field.Type), write));
            selectors.Add(new SelectorModel(name, Utf16Literal(field.WireName), NestedFieldsType(field.Type, context), false, docs, obsolete));
            if (field.IsDefault)
            {
                defaults.Add(Utf16Literal(field.WireName));
            }

            if (obsolete is null)
            {
                all.Add(Utf16Literal(field.WireName));
            }
        }

        foreach (var edge in node.Edges)
        {
            var name = Naming.MemberName(edge.WireName, node.Name, taken);
            var docs = Docs.Summary(edge.Description, $"The <c>{CSharpText.XmlEscape(edge.WireName)}</c> edge, when expanded in the field selection.");
            var obsolete = Docs.ObsoleteMessage(edge.Deprecated, false, null);
            var itemType = $"global::{context.Namespace}.{edge.Target}";
            var paged = edge.Paging == PagingKind.Cursor;
            var write = new List<string>();
            TypeMapper.WriteEdge(itemType, paged, "v", write);
            var type = (paged ? TypeMapper.PageTypeName(itemType) : itemType) + "?";
            properties.Add(NewProperty(properties.Count, name, edge.WireName, type, docs, obsolete, mapper.ReadEdge(itemType, paged), write));
            selectors.Add(new SelectorModel(name, Utf16Literal(edge.WireName), $"global::{context.Namespace}.{edge.Target}Fields", paged, docs, obsolete));
        }

        var groups = properties
            .GroupBy(p => Encoding.UTF8.GetByteCount(p.WireName))
            .OrderBy(g => g.Key)
            .Select(g => new NameLengthGroup(g.Key, g.ToEquatableArray()))
            .ToEquatableArray();
        var words = Enumerable.Range(0, (properties.Count + 63) / 64)
            .Select(i => new PresenceWord(PresenceWordName(i), i))
            .ToEquatableArray();

        return new TypeModel(
            context.Namespace,
            context.Accessibility,
            node.Name,
            node.Name + "Fields",
            taken.Contains("Field") ? "FieldName" : "Field",
            node.Kind == NodeKind.Node,
            Docs.Summary(node.Description, $"The Graph API <c>{node.Name}</c> {(node.Kind == NodeKind.Node ? "node" : "object")}."),
            properties.ToEquatableArray(),
            groups,
            words,
            selectors.ToEquatableArray(),
            defaults.ToEquatableArray(),
            all.ToEquatableArray(),
            node.FilePath);
    }

    private static PropertyModel NewProperty(
        int index, string name, string wireName, string type, EquatableArray<string> docs, string? obsolete, string read, List<string> write)
        => new(
            name,
            wireName,
            Utf8Literal(wireName),
            type,
            "_" + char.ToLowerInvariant(name[0]) + name.Substring(1),
            PresenceWordName(index / 64),
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

        return context.Mapper.IsObject(type) ? $"global::{context.Namespace}.{type.Name}Fields" : null;
    }

    private static string PresenceWordName(int index) => "_present" + index.ToString(CultureInfo.InvariantCulture);

    internal static string Utf8Literal(string wireName) => CSharpText.StringLiteral(wireName) + "u8";

    internal static string Utf16Literal(string wireName) => CSharpText.StringLiteral(wireName);
}
