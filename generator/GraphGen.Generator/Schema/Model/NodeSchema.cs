using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Schema.Model;

/// <summary>Whether a type is a node (addressable by id) or a struct (only ever embedded).</summary>
public enum NodeKind
{
    Node,
    Struct,
}

/// <summary>A node or struct of the schema.</summary>
public sealed record NodeSchema(
    string Name,
    NodeKind Kind,
    string? Description,
    // Name of the root accessor on the client (<c>Users</c>), or null when only reachable through edges.
    string? Root,
    string? IdPrefix,
    EquatableArray<FieldSchema> Fields,
    EquatableArray<EdgeSchema> Edges,
    EquatableArray<OperationSchema> Operations,
    // The file that declared the node, for per-file caching and diagnostics.
    string FilePath,
    LocationInfo Location)
{
    /// <summary>The C# type name chosen with <c>name:</c>, or null to use <see cref="Name"/>.</summary>
    public NameOverride? CSharpName { get; init; }
}
