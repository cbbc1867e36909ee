using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Schema.Model;

/// <summary>HTTP method of an operation.</summary>
public enum OperationMethod
{
    Get,
    Post,
    Delete,
}

/// <summary>
/// An operation on a node (<c>get</c>, <c>update</c>, <c>delete</c>) or on an edge (<c>add</c>, <c>remove</c>, ...).
/// </summary>
public sealed record OperationSchema(
    string Name,
    OperationMethod Method,
    string? Description,
    EquatableArray<FieldSchema> Params,
    // Name of the returned struct/node or a value keyword (json, string, success...; see ReturnsValue), or null when
    // the call returns the node itself.
    string? Returns,
    bool ReadAfterWrite,
    bool Idempotent,
    // Groups of parameter wire names; at least one parameter of each group must be set.
    EquatableArray<EquatableArray<string>> OneOf,
    EquatableArray<int> Errors,
    LocationInfo Location)
{
    /// <summary>What <see cref="Returns"/> names: a node or struct, or a value that is not an object of the schema.</summary>
    public ReturnValueKind ReturnsValue => ReturnValueKeywords.Of(Returns);

    /// <summary>Where <see cref="Returns"/> is written.</summary>
    public LocationInfo? ReturnsLocation { get; init; }

    /// <summary>Where each code of <see cref="Errors"/> is written (same order and count).</summary>
    public EquatableArray<LocationInfo> ErrorLocations { get; init; }

    /// <summary>The C# method stem chosen with <c>name:</c> (<c>Fetch</c> gives <c>FetchAsync</c>), or null to derive it.</summary>
    public NameOverride? CSharpName { get; init; }

    /// <summary>The name of the parameters class chosen with <c>params_name:</c>, or null for the derived one.</summary>
    public NameOverride? ParamsName { get; init; }
}
