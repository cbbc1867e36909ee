using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Schema.Model;

/// <summary>One value of an enum: its wire spelling (verbatim) and an optional explicit C# name.</summary>
public sealed record EnumValueSchema(string WireValue, string? CSharpName, string? Description, LocationInfo Location);

/// <summary>An enum of the schema.</summary>
public sealed record EnumSchema(string Name, string? Description, EquatableArray<EnumValueSchema> Values, string FilePath, LocationInfo Location)
{
    /// <summary>The C# type name chosen with <c>name:</c>, or null to use <see cref="Name"/>.</summary>
    public NameOverride? CSharpName { get; init; }
}
