using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using GraphGen.Runtime.Metadata;

namespace GraphGen.Testing;

/// <summary>
/// Renders stored nodes as Graph answers them: only the requested fields (or the type's defaults), objects expanded
/// with their sub-selection, edges expanded as pages, unknown names rejected with Graph's (#100) error. Callers hold
/// <see cref="FakeGraphData.Gate"/>.
/// </summary>
internal sealed class NodeRenderer
{
    /// <summary>Graph's default page size for edges.</summary>
    public const int DefaultLimit = 25;

    /// <summary>The largest page the fake serves; Graph caps most edges at 100 and answers larger limits with fewer items.</summary>
    public const int MaxLimit = 100;

    private readonly FakeGraphData _data;
    private readonly Func<string, string> _url;
    private readonly string _version;

    public NodeRenderer(FakeGraphData data, Func<string, string> url, string version)
    {
        _data = data;
        _url = url;
        _version = version;
    }

    /// <summary>A node or struct with the requested fields; <paramref name="fields"/> <c>null</c> means the defaults.</summary>
    public JsonObject Render(GraphTypeInfo type, JsonObject stored, IReadOnlyList<RequestedField>? fields)
    {
        var result = new JsonObject();
        foreach (RequestedField requested in fields ?? DefaultSelection(type))
        {
            if (type.FindField(requested.Name) is { } field)
            {
                if (stored[field.Name] is { } value) result[field.Name] = RenderValue(field, value, requested.Children);
            }
            else if (type.FindEdge(requested.Name) is { IsReadable: true } edge && stored["id"]?.ToString() is { } ownerId)
            {
                result[edge.Name] = edge.IsPaged
                    ? RenderPage(ownerId, edge, requested.Children, requested.Limit ?? DefaultLimit, after: null, before: null)
                    : RenderSingle(ownerId, edge, requested.Children);
            }
            else
            {
                throw GraphErrorException.NonexistingField(requested.Name, type.Name);
            }
        }

        return result;
    }

    /// <summary>
    /// One page of an edge: <c>{"data": [...], "paging": {"cursors": {"before", "after"}, "previous"?, "next"?}}</c>,
    /// with <c>next</c> an absolute URL on the fake only when more items follow, and no <c>paging</c> for an empty page.
    /// </summary>
    public JsonObject RenderPage(string ownerId, GraphEdgeInfo edge, IReadOnlyList<RequestedField>? children, int limit, string? after, string? before)
    {
        IReadOnlyList<EdgeEntry> entries = _data.EdgeEntries(ownerId, edge.Name);
        limit = Math.Clamp(limit, 0, MaxLimit);
        int start = 0;
        if (after is not null) start = Position(after, "after") + 1;
        else if (before is not null) start = Math.Max(0, Position(before, "before") - limit);
        int end = before is not null && after is null ? Math.Min(Position(before, "before"), start + limit) : start + limit;
        end = Math.Min(end, entries.Count);
        start = Math.Min(start, end);

        var data = new JsonArray();
        for (int i = start; i < end; i++)
        {
            EdgeEntry entry = entries[i];
            data.Add(Render(entry.Type, _data.ItemFields(entry), children));
        }

        var page = new JsonObject { ["data"] = data };
        if (end > start)
        {
            var paging = new JsonObject
            {
                ["cursors"] = new JsonObject { ["before"] = EdgeCursor.Encode(start), ["after"] = EdgeCursor.Encode(end - 1) },
            };
            if (start > 0) paging["previous"] = PageUrl(ownerId, edge, children, limit, "before", EdgeCursor.Encode(start));
            if (end < entries.Count) paging["next"] = PageUrl(ownerId, edge, children, limit, "after", EdgeCursor.Encode(end - 1));
            page["paging"] = paging;
        }

        return page;
    }

    /// <summary>The type's default fields; without any, <c>id</c> and <c>name</c>; without those, every live field.</summary>
    public static IReadOnlyList<RequestedField> DefaultSelection(GraphTypeInfo type)
    {
        IEnumerable<GraphFieldInfo> fields = type.Fields.Where(f => f.IsDefault);
        if (!fields.Any()) fields = type.Fields.Where(f => f.Name is "id" or "name");
        if (!fields.Any()) fields = type.Fields.Where(f => !f.IsDeprecated);
        return fields.Select(f => new RequestedField(f.Name, new Dictionary<string, string>(), null)).ToArray();
    }

    /// <summary>A non-paged edge (e.g. <c>User.picture</c>) answers <c>{"data": {...}}</c>.</summary>
    public JsonObject RenderSingle(string ownerId, GraphEdgeInfo edge, IReadOnlyList<RequestedField>? children)
    {
        IReadOnlyList<EdgeEntry> entries = _data.EdgeEntries(ownerId, edge.Name);
        return new JsonObject { ["data"] = entries.Count == 0 ? new JsonObject() : Render(entries[0].Type, _data.ItemFields(entries[0]), children) };
    }

    private JsonNode RenderValue(GraphFieldInfo field, JsonNode value, IReadOnlyList<RequestedField>? children)
    {
        if (children is null || field.ObjectType is null || _data.Schema.FindType(field.ObjectType) is not { } objectType) return value.DeepClone();
        return value switch
        {
            JsonObject obj => Render(objectType, obj, children),
            JsonArray list => new JsonArray(list.Select(item => item is JsonObject o ? Render(objectType, o, children) : item?.DeepClone()).ToArray()),
            _ => value.DeepClone(),
        };
    }

    private string PageUrl(string ownerId, GraphEdgeInfo edge, IReadOnlyList<RequestedField>? children, int limit, string cursorName, string cursor)
    {
        var query = new List<string>();
        if (children is not null) query.Add("fields=" + Uri.EscapeDataString(FieldsParser.Format(children)));
        query.Add("limit=" + limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        query.Add(cursorName + "=" + Uri.EscapeDataString(cursor));
        return _url($"/{_version}/{Uri.EscapeDataString(ownerId)}/{edge.Name}?{string.Join("&", query)}");
    }

    private static int Position(string cursor, string name) =>
        EdgeCursor.TryDecode(cursor, out int position) ? position : throw GraphErrorException.InvalidParameter($"The {name} cursor is invalid");
}
