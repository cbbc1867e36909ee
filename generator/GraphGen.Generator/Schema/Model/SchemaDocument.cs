using GraphGen.Generator.Common;
using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Schema.Model;

/// <summary>
/// One parsed <c>*.graph.yaml</c> file: what it declares plus the problems found while reading it.
/// Produced per file so that an edit to one file re-parses only that file.
/// </summary>
public sealed record SchemaDocument(
    string FilePath,
    string? ApiVersion,
    string? Namespace,
    string? ClientName,
    EquatableArray<NodeSchema> Nodes,
    EquatableArray<EnumSchema> Enums,
    EquatableArray<ErrorSchema> Errors,
    EquatableArray<DiagnosticInfo> Diagnostics,
    LocationInfo? ApiVersionLocation,
    LocationInfo? NamespaceLocation)
{
    /// <summary>Where <see cref="ClientName"/> is written.</summary>
    public LocationInfo? ClientNameLocation { get; init; }
}
