using GraphGen.Generator.Common;

namespace GraphGen.Generator.Model;

/// <summary>
/// One node or struct described as runtime data (<c>GraphTypeInfo</c>), for the fake server and tools. One per type,
/// so a one-node edit regenerates one metadata file.
/// </summary>
public sealed record TypeMetadataModel(
    string Namespace,
    string Accessibility,
    string ClientName,
    // The name the YAML (and Graph's own metadata) uses; the C# type may be renamed with name:.
    string TypeName,
    string HintName,
    string MethodName,
    bool IsNode,
    string? Root,
    string IdPrefix,
    EquatableArray<FieldMetadataModel> Fields,
    EquatableArray<EdgeMetadataModel> Edges,
    EquatableArray<OperationMetadataModel> Operations,
    // The YAML file that declared the type: named in GG9999 if rendering it fails.
    string SchemaFile);

/// <summary>A field as <c>GraphFieldInfo</c> data: wire name, schema type text, object type (null for scalars).</summary>
public sealed record FieldMetadataModel(string Name, string Type, string? ObjectType, bool IsDefault, bool IsDeprecated);

/// <summary>An edge as <c>GraphEdgeInfo</c> data.</summary>
public sealed record EdgeMetadataModel(string Name, string Target, bool IsPaged, bool IsReadable, EquatableArray<OperationMetadataModel> Operations);

/// <summary>An operation as <c>GraphOperationInfo</c> data: its method upper case, parameter wire names, result type.</summary>
public sealed record OperationMetadataModel(string Name, string Method, EquatableArray<string> Parameters, EquatableArray<string> Required, string? Returns);
