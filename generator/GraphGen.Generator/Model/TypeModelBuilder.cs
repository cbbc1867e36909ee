using System.Collections.Generic;
using System.Linq;
using GraphGen.Generator.Common;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>Builds the <see cref="TypeModel"/> of one node or struct: properties (names and value kinds), field selector.</summary>
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
            var docs = Docs.ForField(field, DocSubject.Field);
            var obsolete = Docs.ObsoleteText(field.Deprecated, field.CoreDeprecated, field.NoDataSince);
            properties.Add(NewProperty(properties.Count, name, field.WireName, mapper.ValueOf(field.Type), docs, obsolete));
            selectors.Add(new SelectorModel(name.Name, field.WireName, NestedFieldsType(field.Type, context), false, docs, obsolete, name.HidesInSelector));
            if (field.IsDefault)
            {
                defaults.Add(field.WireName);
            }

            if (obsolete is null)
            {
                all.Add(field.WireName);
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
            var docs = Docs.Of(edge.Description, DocSubject.ExpandedEdge, edge.WireName);
            var obsolete = Docs.ObsoleteText(edge.Deprecated, false, null);
            var paged = edge.Paging == PagingKind.Cursor;
            var type = new ValueTypeModel(paged ? ValueKind.Page : ValueKind.Data, default, $"{context.Namespace}.{context.Type(edge.Target).Name}", null, null);
            properties.Add(NewProperty(properties.Count, name, edge.WireName, type, docs, obsolete));
            selectors.Add(new SelectorModel(name.Name, edge.WireName, $"{context.Namespace}.{context.Type(edge.Target).FieldsName}", paged, docs, obsolete, name.HidesInSelector));
        }

        var words = Enumerable.Range(0, (properties.Count + 63) / 64)
            .Select(i => new PresenceWord(NameAuthority.PresenceWord(i), i))
            .ToEquatableArray();

        return new TypeModel(
            context.Namespace,
            context.Accessibility,
            names.Name,
            names.FieldsName,
            names.FieldEnumName,
            names.RarelySentName,
            node.Kind == NodeKind.Node,
            Docs.Of(node.Description, node.Kind == NodeKind.Node ? DocSubject.Node : DocSubject.Object, node.Name),
            ModelLayout.MarkRarelySent(node, properties).ToEquatableArray(),
            words,
            selectors.ToEquatableArray(),
            defaults.ToEquatableArray(),
            all.ToEquatableArray(),
            node.FilePath);
    }

    private static PropertyModel NewProperty(
        int index, MemberNames name, string wireName, ValueTypeModel type, DocModel docs, string? obsolete)
        => new(
            name.Name,
            name.HidesInModel,
            wireName,
            type,
            NameAuthority.BackingField(name.Name),
            false,
            NameAuthority.PresenceWord(index / 64),
            index,
            docs,
            obsolete);

    /// <summary>The selector type for a field that can be expanded with sub-fields (objects and lists of objects).</summary>
    private static string? NestedFieldsType(TypeRef type, SchemaContext context)
    {
        while (type.Kind == TypeKind.List)
        {
            type = type.Element!;
        }

        return context.Mapper.IsObject(type) ? $"{context.Namespace}.{context.Type(type.Name!).FieldsName}" : null;
    }
}
