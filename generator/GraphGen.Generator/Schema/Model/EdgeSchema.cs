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
    LocationInfo Location)
{
    /// <summary>The <c>target</c> keyword of an edge whose items are raw JSON (the item type has no schema type).</summary>
    public const string RawJsonTarget = "json";

    /// <summary>True for <c>target: json</c>: items are <c>JsonElement</c>s, with no model property or selector member.</summary>
    public bool IsRawJson => Target == RawJsonTarget;

    /// <summary>Where <see cref="Target"/> is written.</summary>
    public LocationInfo? TargetLocation { get; init; }

    /// <summary>False for an edge that cannot be listed with GET (<c>readable: false</c>): only its operations exist.</summary>
    public bool Readable { get; init; } = true;

    /// <summary>The C# property name chosen with <c>name:</c>, or null to derive it from <see cref="WireName"/>.</summary>
    public NameOverride? CSharpName { get; init; }

    /// <summary>The name of the query-parameters class chosen with <c>params_name:</c>, or null for the derived one.</summary>
    public NameOverride? ParamsName { get; init; }
}
