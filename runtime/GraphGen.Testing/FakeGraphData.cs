using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using GraphGen.Runtime.Metadata;

namespace GraphGen.Testing;

/// <summary>
/// The in-memory object graph a <see cref="FakeGraph"/> serves: one JSON object per node id (fields by wire name),
/// edge lists per node, and aliases such as <c>me</c>. Every write is checked against the schema, so a typo in test
/// data fails where it is written rather than as a puzzling answer later. Thread-safe.
/// </summary>
/// <example>
/// <code>
/// fake.Data.Put("42", "User", new JsonObject { ["name"] = "Ada" });
/// fake.Data.AddToEdge("42", "albums", new JsonObject { ["name"] = "Holidays" });
/// </code>
/// </example>
public sealed class FakeGraphData
{
    private readonly Dictionary<string, StoredNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Id, string Edge), List<EdgeEntry>> _edges = new();
    private long _nextId = 900_000_000_000_001;

    /// <summary>Creates an empty store for <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema whose types the data must follow.</param>
    public FakeGraphData(GraphSchemaInfo schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
    }

    /// <summary>The schema the data follows.</summary>
    public GraphSchemaInfo Schema { get; }

    /// <summary>The ids of all stored nodes (a snapshot).</summary>
    public IReadOnlyList<string> Ids
    {
        get
        {
            lock (Gate) return _nodes.Keys.ToArray();
        }
    }

    // Held by the dispatcher for a whole request so a response reflects one consistent state (Monitor is reentrant).
    internal object Gate { get; } = new();

    /// <summary>Stores (or replaces) the node <paramref name="id"/> of type <paramref name="typeName"/>.</summary>
    /// <param name="id">The node id (an alias such as <c>me</c> resolves to its node).</param>
    /// <param name="typeName">The schema type, e.g. <c>User</c>.</param>
    /// <param name="fields">Field values by wire name; <c>id</c> is set to <paramref name="id"/> when absent.</param>
    /// <exception cref="ArgumentException">The type is unknown, or a field is not a field of the type.</exception>
    public void Put(string id, string typeName, JsonObject fields)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(fields);
        GraphTypeInfo type = Schema.FindType(typeName) ?? throw new ArgumentException($"The schema has no type {typeName}.", nameof(typeName));
        JsonObject copy = CheckedCopy(type, fields);
        lock (Gate)
        {
            string key = ResolveOrSelf(id);
            copy["id"] ??= key;
            _nodes[key] = new StoredNode(type, copy);
        }
    }

    /// <summary>Replaces the fields of the existing node <paramref name="id"/>, keeping its type.</summary>
    /// <param name="id">The node id or alias.</param>
    /// <param name="fields">The new field values by wire name.</param>
    /// <exception cref="KeyNotFoundException">No such node.</exception>
    public void Put(string id, JsonObject fields)
    {
        string typeName;
        lock (Gate) typeName = Node(id).Type.Name;
        Put(id, typeName, fields);
    }

    /// <summary>Sets one field of an existing node (<c>null</c> removes it).</summary>
    /// <param name="id">The node id or alias.</param>
    /// <param name="field">The field's wire name.</param>
    /// <param name="value">The value.</param>
    public void Set(string id, string field, JsonNode? value)
    {
        lock (Gate)
        {
            StoredNode node = Node(id);
            if (node.Type.FindField(field) is null) throw new ArgumentException($"{node.Type.Name} has no field {field}.", nameof(field));
            if (value is null) node.Fields.Remove(field);
            else node.Fields[field] = value.DeepClone();
        }
    }

    /// <summary>Makes <paramref name="alias"/> (e.g. <c>me</c>) address the node <paramref name="id"/>.</summary>
    /// <param name="alias">The alias.</param>
    /// <param name="id">The node id.</param>
    public void Alias(string alias, string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(alias);
        ArgumentException.ThrowIfNullOrEmpty(id);
        lock (Gate) _aliases[alias] = id;
    }

    /// <summary>The id an id or alias stands for, or <c>null</c> when no such node exists.</summary>
    /// <param name="idOrAlias">The id or alias.</param>
    /// <returns>The node id, or <c>null</c>.</returns>
    public string? Resolve(string idOrAlias)
    {
        lock (Gate)
        {
            string key = ResolveOrSelf(idOrAlias);
            return _nodes.ContainsKey(key) ? key : null;
        }
    }

    /// <summary>Whether the node exists.</summary>
    /// <param name="idOrAlias">The id or alias.</param>
    /// <returns>True when stored.</returns>
    public bool Contains(string idOrAlias) => Resolve(idOrAlias) is not null;

    /// <summary>The schema type name of a node, or <c>null</c> when it does not exist.</summary>
    /// <param name="idOrAlias">The id or alias.</param>
    /// <returns>The type name, or <c>null</c>.</returns>
    public string? TypeOf(string idOrAlias)
    {
        lock (Gate) return _nodes.TryGetValue(ResolveOrSelf(idOrAlias), out StoredNode? node) ? node.Type.Name : null;
    }

    /// <summary>A copy of a node's stored fields, or <c>null</c> when it does not exist.</summary>
    /// <param name="idOrAlias">The id or alias.</param>
    /// <returns>The fields, or <c>null</c>.</returns>
    public JsonObject? Get(string idOrAlias)
    {
        lock (Gate) return _nodes.TryGetValue(ResolveOrSelf(idOrAlias), out StoredNode? node) ? (JsonObject)node.Fields.DeepClone() : null;
    }

    /// <summary>Removes a node and its entries in every edge list.</summary>
    /// <param name="idOrAlias">The id or alias.</param>
    /// <returns>True when it existed.</returns>
    public bool Remove(string idOrAlias)
    {
        lock (Gate)
        {
            string key = ResolveOrSelf(idOrAlias);
            if (!_nodes.Remove(key)) return false;
            foreach (List<EdgeEntry> entries in _edges.Values) entries.RemoveAll(e => e.NodeId == key);
            foreach ((string Id, string Edge) owned in _edges.Keys.Where(k => k.Id == key).ToArray()) _edges.Remove(owned);
            return true;
        }
    }

    /// <summary>
    /// Appends an item to an edge list. When the edge lists nodes, the item is stored as a node of the edge's target
    /// type (with a new id unless it has one) and linked; struct items are stored inline.
    /// </summary>
    /// <param name="idOrAlias">The owning node.</param>
    /// <param name="edge">The edge's wire name, e.g. <c>albums</c>.</param>
    /// <param name="item">The item's fields by wire name.</param>
    /// <returns>The item's id, or <c>null</c> for struct items.</returns>
    public string? AddToEdge(string idOrAlias, string edge, JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (Gate)
        {
            string owner = ResolveOrSelf(idOrAlias);
            StoredNode node = Node(owner);
            GraphEdgeInfo info = node.Type.FindEdge(edge) ?? throw new ArgumentException($"{node.Type.Name} has no edge {edge}.", nameof(edge));
            GraphTypeInfo target = Schema.FindType(info.Target) ?? throw new ArgumentException($"The schema has no type {info.Target} (target of {edge}).", nameof(edge));
            JsonObject copy = CheckedCopy(target, item);
            List<EdgeEntry> entries = EntriesFor(owner, edge);
            if (!target.IsNode)
            {
                entries.Add(new EdgeEntry(null, target, copy));
                return null;
            }

            string id = copy["id"]?.ToString() ?? NewId();
            copy["id"] = id;
            _nodes[id] = new StoredNode(target, copy);
            entries.Add(new EdgeEntry(id, target, null));
            return id;
        }
    }

    /// <summary>Links an already stored node into an edge list.</summary>
    /// <param name="idOrAlias">The owning node.</param>
    /// <param name="edge">The edge's wire name.</param>
    /// <param name="itemId">The stored node to list.</param>
    public void Link(string idOrAlias, string edge, string itemId)
    {
        lock (Gate)
        {
            string owner = ResolveOrSelf(idOrAlias);
            StoredNode node = Node(owner);
            if (node.Type.FindEdge(edge) is null) throw new ArgumentException($"{node.Type.Name} has no edge {edge}.", nameof(edge));
            StoredNode item = Node(itemId);
            EntriesFor(owner, edge).Add(new EdgeEntry(ResolveOrSelf(itemId), item.Type, null));
        }
    }

    /// <summary>Removes the item with id <paramref name="itemId"/> from an edge list (the node itself stays).</summary>
    /// <param name="idOrAlias">The owning node.</param>
    /// <param name="edge">The edge's wire name.</param>
    /// <param name="itemId">The item's id.</param>
    /// <returns>True when it was listed.</returns>
    public bool RemoveFromEdge(string idOrAlias, string edge, string itemId)
    {
        lock (Gate)
        {
            if (!_edges.TryGetValue((ResolveOrSelf(idOrAlias), edge), out List<EdgeEntry>? entries)) return false;
            return entries.RemoveAll(e => e.NodeId == itemId || e.Inline?["id"]?.ToString() == itemId) > 0;
        }
    }

    /// <summary>Copies of the items of an edge list, in order.</summary>
    /// <param name="idOrAlias">The owning node.</param>
    /// <param name="edge">The edge's wire name.</param>
    /// <returns>The items (empty when none).</returns>
    public IReadOnlyList<JsonObject> Edge(string idOrAlias, string edge)
    {
        lock (Gate)
        {
            return EdgeEntries(ResolveOrSelf(idOrAlias), edge).Select(e => (JsonObject)ItemFields(e).DeepClone()).ToArray();
        }
    }

    /// <summary>A fresh numeric id, as Graph's are (unique within this store).</summary>
    /// <returns>The id.</returns>
    public string NewId()
    {
        lock (Gate) return (_nextId++).ToString(CultureInfo.InvariantCulture);
    }

    internal bool TryGetNode(string idOrAlias, out string id, out GraphTypeInfo type, out JsonObject fields)
    {
        id = ResolveOrSelf(idOrAlias);
        if (_nodes.TryGetValue(id, out StoredNode? node))
        {
            type = node.Type;
            fields = node.Fields;
            return true;
        }

        type = null!;
        fields = null!;
        return false;
    }

    internal IReadOnlyList<EdgeEntry> EdgeEntries(string id, string edge) =>
        _edges.TryGetValue((id, edge), out List<EdgeEntry>? entries) ? entries : Array.Empty<EdgeEntry>();

    // A node listed by an edge but removed since is rendered from nothing: an empty object keeps paging stable.
    internal JsonObject ItemFields(EdgeEntry entry) =>
        entry.Inline ?? (entry.NodeId is not null && _nodes.TryGetValue(entry.NodeId, out StoredNode? node) ? node.Fields : new JsonObject());

    private List<EdgeEntry> EntriesFor(string owner, string edge)
    {
        if (!_edges.TryGetValue((owner, edge), out List<EdgeEntry>? entries))
        {
            entries = new List<EdgeEntry>();
            _edges[(owner, edge)] = entries;
        }

        return entries;
    }

    private string ResolveOrSelf(string idOrAlias) => _aliases.TryGetValue(idOrAlias, out string? id) ? id : idOrAlias;

    private StoredNode Node(string idOrAlias) =>
        _nodes.TryGetValue(ResolveOrSelf(idOrAlias), out StoredNode? node) ? node : throw new KeyNotFoundException($"No node {idOrAlias} in the fake data.");

    private static JsonObject CheckedCopy(GraphTypeInfo type, JsonObject fields)
    {
        foreach (KeyValuePair<string, JsonNode?> field in fields)
        {
            if (type.FindField(field.Key) is null)
            {
                string hint = type.FindEdge(field.Key) is null ? string.Empty : " (it is an edge: use AddToEdge)";
                throw new ArgumentException($"{type.Name} has no field {field.Key}{hint}.", nameof(fields));
            }
        }

        return (JsonObject)fields.DeepClone();
    }

    private sealed record StoredNode(GraphTypeInfo Type, JsonObject Fields);
}

/// <summary>One item of an edge list: a stored node (by id) or an inline struct.</summary>
internal readonly record struct EdgeEntry(string? NodeId, GraphTypeInfo Type, JsonObject? Inline);
