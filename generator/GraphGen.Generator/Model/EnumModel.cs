using GraphGen.Generator.Common;

namespace GraphGen.Generator.Model;

/// <summary>A generated enum and its wire-value conversions.</summary>
public sealed record EnumModel(
    string Namespace,
    string Accessibility,
    string Name,
    string ExtensionsName,
    string UnrecognizedMember,
    DocModel Doc,
    EquatableArray<EnumMemberModel> Members,
    // The YAML file that declared the enum: named in GG9999 if rendering it fails.
    string SchemaFile);

/// <summary>One enum member: C# name, value (1, 2, ... in declaration order) and wire value (verbatim).</summary>
public sealed record EnumMemberModel(string Name, int Value, string WireValue, DocModel Doc);
