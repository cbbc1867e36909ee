using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Schema.Model;

/// <summary>How an edge's list is paged.</summary>
public enum PagingKind
{
    Cursor,
    None,
}

/// <summary>An edge: <c>/{id}/{wire name}</c>, listing <see cref="Target"/> items, optionally with its own operations.</summary>
public sealed record EdgeSchema(
    string WireName,
    string Target,
    PagingKind Paging,
    string? Description,
    string? Deprecated,
    EquatableArray<FieldSchema> Params,
    EquatableArray<OperationSchema> Operations,
    LocationInfo Location);
