using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Schema.Model;

/// <summary>
/// A field of a node/struct, or a parameter of an operation (same shape; <see cref="Required"/> only for parameters).
/// </summary>
public sealed record FieldSchema(
    string WireName,
    TypeRef Type,
    string? Description,
    // null when not deprecated; "" when deprecated without a reason; otherwise the reason.
    string? Deprecated,
    bool CoreDeprecated,
    // ISO date (yyyy-MM-dd) since which the field returns no data, or null.
    string? NoDataSince,
    string? Permission,
    bool IsDefault,
    double? Min,
    double? Max,
    bool Required,
    string? SpecType,
    LocationInfo Location)
{
    /// <summary>Where the type expression is written, so an unknown type is reported on the type, not the field.</summary>
    public LocationInfo? TypeLocation { get; init; }

    /// <summary>The C# property name chosen with <c>name:</c>, or null to derive it from <see cref="WireName"/>.</summary>
    public NameOverride? CSharpName { get; init; }
}
