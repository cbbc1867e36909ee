using GraphGen.Generator.Common;

namespace GraphGen.Generator.Model;

/// <summary>
/// Everything the Model, Json and Fields templates need for one node or struct. Names, C# types and the
/// read/write code fragments are decided here (ModelBuilder) so templates only print them.
/// </summary>
public sealed record TypeModel(
    string Namespace,
    string Accessibility,
    string Name,
    string FieldsName,
    string FieldEnumName,
    bool IsNode,
    EquatableArray<string> DocLines,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<NameLengthGroup> NameGroups,
    EquatableArray<PresenceWord> PresenceWords,
    EquatableArray<SelectorModel> Selectors,
    EquatableArray<string> DefaultWireLiterals,
    EquatableArray<string> AllWireLiterals,
    // The YAML file that declared the type: named in GG9999 if rendering it fails.
    string SchemaFile);

/// <summary>One property of a generated model: a field or an expandable edge.</summary>
public sealed record PropertyModel(
    string Name,
    // Declared 'new': the name is also a member of object (to_string -> ToString).
    bool HidesInherited,
    string WireName,
    string WireLiteral,
    string TypeDeclaration,
    string BackingField,
    string PresenceWord,
    string PresenceMask,
    int Index,
    EquatableArray<string> DocLines,
    string? ObsoleteMessage,
    string ReadExpression,
    EquatableArray<string> WriteStatements);

/// <summary>Properties whose wire names have the same UTF-8 length: the first level of the reader's name dispatch.</summary>
public sealed record NameLengthGroup(int Length, EquatableArray<PropertyModel> Properties);

/// <summary>One 64-bit word of the "which fields did the response contain" bit set.</summary>
public sealed record PresenceWord(string Name, int Index);

/// <summary>One member of a generated field selector.</summary>
public sealed record SelectorModel(
    string Name,
    string WireLiteral,
    // The nested selector type for expandable fields/edges, or null for plain fields.
    string? NestedFieldsType,
    bool IsEdge,
    EquatableArray<string> DocLines,
    string? ObsoleteMessage,
    // Declared 'new': the name is also a member the selector inherits (all, default, with, to_string...).
    bool HidesInherited);
