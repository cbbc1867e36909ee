using System;
using System.Collections.Generic;

namespace GraphGen.Runtime.Metadata;

/// <summary>
/// The schema a generated client was built from, as data: what the fake Graph server (GraphGen.Testing) serves and
/// validates against, and what tools can inspect without parsing YAML. Generated as <c>GraphApi.Schema</c>.
/// </summary>
/// <param name="ApiVersion">The schema's Graph API version, e.g. <c>v25.0</c>.</param>
/// <param name="Types">Every node and struct, in schema order.</param>
public sealed record GraphSchemaInfo(string ApiVersion, IReadOnlyList<GraphTypeInfo> Types)
{
    /// <summary>The node or struct with this C# name, or null.</summary>
    /// <param name="name">The type name, e.g. <c>User</c>.</param>
    /// <returns>The type, or null.</returns>
    public GraphTypeInfo? FindType(string name)
    {
        foreach (var type in Types)
        {
            if (string.Equals(type.Name, name, StringComparison.Ordinal))
            {
                return type;
            }
        }

        return null;
    }
}

/// <summary>A node (addressable by id) or struct of the schema.</summary>
/// <param name="Name">The C# type name.</param>
/// <param name="IsNode">True for nodes, false for structs.</param>
/// <param name="Root">The root accessor name (<c>Users</c>), or null.</param>
/// <param name="IdPrefix">The id prefix (<c>act_</c>), or empty.</param>
/// <param name="Fields">The fields, in schema order.</param>
/// <param name="Edges">The edges, in schema order.</param>
/// <param name="Operations">The operations on <c>/{id}</c>.</param>
public sealed record GraphTypeInfo(
    string Name,
    bool IsNode,
    string? Root,
    string IdPrefix,
    IReadOnlyList<GraphFieldInfo> Fields,
    IReadOnlyList<GraphEdgeInfo> Edges,
    IReadOnlyList<GraphOperationInfo> Operations)
{
    /// <summary>The field with this wire name, or null.</summary>
    /// <param name="wireName">The wire name.</param>
    /// <returns>The field, or null.</returns>
    public GraphFieldInfo? FindField(string wireName)
    {
        foreach (var field in Fields)
        {
            if (string.Equals(field.Name, wireName, StringComparison.Ordinal))
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>The edge with this wire name, or null.</summary>
    /// <param name="wireName">The wire name.</param>
    /// <returns>The edge, or null.</returns>
    public GraphEdgeInfo? FindEdge(string wireName)
    {
        foreach (var edge in Edges)
        {
            if (string.Equals(edge.Name, wireName, StringComparison.Ordinal))
            {
                return edge;
            }
        }

        return null;
    }
}

/// <summary>A field of a node or struct.</summary>
/// <param name="Name">The wire name.</param>
/// <param name="Type">The schema type expression, e.g. <c>string</c>, <c>list&lt;Experience&gt;</c>.</param>
/// <param name="ObjectType">For fields holding objects (or lists of them): the node/struct name, which can be expanded with sub-fields.</param>
/// <param name="IsDefault">Whether the field is in the default (<c>public_profile</c>) set.</param>
/// <param name="IsDeprecated">Whether the field is deprecated or returns no data.</param>
public sealed record GraphFieldInfo(string Name, string Type, string? ObjectType, bool IsDefault, bool IsDeprecated);

/// <summary>An edge of a node.</summary>
/// <param name="Name">The wire name.</param>
/// <param name="Target">The node or struct the edge lists.</param>
/// <param name="IsPaged">Whether the edge is cursor-paged (otherwise it returns one object in <c>{"data": ...}</c>).</param>
/// <param name="IsReadable">Whether the edge can be read with GET.</param>
/// <param name="Operations">The edge's operations (POST/DELETE on <c>/{id}/{edge}</c>).</param>
public sealed record GraphEdgeInfo(string Name, string Target, bool IsPaged, bool IsReadable, IReadOnlyList<GraphOperationInfo> Operations);

/// <summary>An operation: a GET, POST or DELETE with parameters.</summary>
/// <param name="Name">The schema name (<c>update</c>, <c>add</c>...).</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Parameters">Every parameter's wire name.</param>
/// <param name="RequiredParameters">The required parameters' wire names.</param>
/// <param name="Returns">The returned struct/node name, or null when the call returns the node itself.</param>
public sealed record GraphOperationInfo(string Name, string Method, IReadOnlyList<string> Parameters, IReadOnlyList<string> RequiredParameters, string? Returns);
