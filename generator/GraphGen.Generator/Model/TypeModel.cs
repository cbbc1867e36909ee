using GraphGen.Generator.Common;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Model;

/// <summary>
/// Everything the Model, Json and Fields templates need for one node or struct: names, value kinds and flags. The C#
/// they become (types, read/write calls) is spelled in Emit (<c>Emit/TypeCode.cs</c> and the templates).
/// </summary>
public sealed record TypeModel(
    string Namespace,
    string Accessibility,
    string Name,
    string FieldsName,
    string FieldEnumName,
    // The private nested class of the properties with RarelySent set (none: no class).
    string RarelySentName,
    bool IsNode,
    DocModel Doc,
    EquatableArray<PropertyModel> Properties,
    EquatableArray<PresenceWord> PresenceWords,
    EquatableArray<SelectorModel> Selectors,
    // Wire names of the default field set and of "all" (every field that is not deprecated).
    EquatableArray<string> DefaultWireNames,
    EquatableArray<string> AllWireNames,
    // The YAML file that declared the type: named in GG9999 if rendering it fails.
    string SchemaFile);

/// <summary>One property of a generated model: a field or an expandable edge.</summary>
public sealed record PropertyModel(
    string Name,
    // Declared 'new': the name is also a member of object (to_string -> ToString).
    bool HidesInherited,
    string WireName,
    ValueTypeModel Type,
    string BackingField,
    // Stored in the model's lazily allocated nested class of rarely sent members, not in the model object (ModelLayout).
    bool RarelySent,
    string PresenceWord,
    // The property's bit in the presence words and its index in the JSON name table: 64 properties a word.
    int Index,
    DocModel Doc,
    // The [Obsolete] message (plain text), or null.
    string? ObsoleteMessage);

/// <summary>What a property holds, as kinds and names; Emit spells the C# type and the JSON read/write of each kind.</summary>
public enum ValueKind
{
    /// <summary>A scalar (<see cref="ValueTypeModel.Scalar"/>).</summary>
    Scalar,

    /// <summary>A list of <see cref="ValueTypeModel.Element"/>.</summary>
    List,

    /// <summary>A map from string to <see cref="ValueTypeModel.Element"/>.</summary>
    Map,

    /// <summary>A generated node or struct (<see cref="ValueTypeModel.Name"/>).</summary>
    Object,

    /// <summary>A generated enum (<see cref="ValueTypeModel.Name"/>, wire table in <see cref="ValueTypeModel.Extensions"/>).</summary>
    Enum,

    /// <summary>An expanded cursor-paged edge: a page of <see cref="ValueTypeModel.Name"/>.</summary>
    Page,

    /// <summary>An expanded unpaged edge: one <see cref="ValueTypeModel.Name"/> in a <c>{"data": ...}</c> envelope.</summary>
    Data,
}

/// <summary>
/// The type of a property or element. <see cref="Name"/> and <see cref="Extensions"/> are namespace-qualified C# names
/// (without <c>global::</c>) of generated types.
/// </summary>
public sealed record ValueTypeModel(ValueKind Kind, ScalarKind Scalar, string? Name, string? Extensions, ValueTypeModel? Element);

/// <summary>One 64-bit word of the "which fields did the response contain" bit set.</summary>
public sealed record PresenceWord(string Name, int Index);

/// <summary>One member of a generated field selector.</summary>
public sealed record SelectorModel(
    string Name,
    string WireName,
    // The nested selector type (namespace-qualified) for expandable fields/edges, or null for plain fields.
    string? NestedFieldsType,
    bool IsEdge,
    DocModel Doc,
    // The [Obsolete] message (plain text), or null.
    string? ObsoleteMessage,
    // Declared 'new': the name is also a member the selector inherits (all, default, with, to_string...).
    bool HidesInherited);
