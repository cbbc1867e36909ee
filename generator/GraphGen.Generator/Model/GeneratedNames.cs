using GraphGen.Generator.Common;

namespace GraphGen.Generator.Model;

/// <summary>
/// Every C# name the generator emits for one schema, decided once by <see cref="NameAuthority"/>. The arrays are
/// parallel to the schema's (<see cref="Types"/> to <c>GraphSchema.Nodes</c>, members to fields/edges/operations in
/// schema order), so builders look a name up instead of making one.
/// </summary>
public sealed record GeneratedNames(
    string ClientName,
    EquatableArray<TypeNames> Types,
    EquatableArray<EnumNames> Enums);

/// <summary>The names generated for one node or struct.</summary>
public sealed record TypeNames(
    // The name the YAML uses to refer to the type (its key); the lookup key of this record.
    string SchemaName,
    string Name,
    string FieldsName,
    // The nested enum of the model that Has(...) takes: Field, or FieldName when a property is called Field.
    string FieldEnumName,
    // The private nested class holding the members most responses leave out: RarelySent, unless a property or a type
    // member already took the name (see ModelLayout).
    string RarelySentName,
    // Null for structs.
    string? BuilderName,
    // <c>UsersRequestBuilder</c> for a node with a root accessor, else null.
    string? CollectionBuilderName,
    // The private method on the client that builds this type's metadata.
    string MetadataMethodName,
    EquatableArray<MemberNames> Fields,
    EquatableArray<EdgeNames> Edges,
    EquatableArray<OperationNames> Operations);

/// <summary>
/// A property generated for a field, edge or parameter, and whether it hides an inherited member of the type it is
/// declared in (then it is declared <c>new</c>, so <c>to_string</c> or <c>all</c> are ordinary fields).
/// </summary>
public sealed record MemberNames(string WireName, string Name, bool HidesInModel, bool HidesInSelector);

/// <summary>The names generated for one edge.</summary>
public sealed record EdgeNames(
    string WireName,
    // True when the edge is a model property and a selector member: readable, and no field has its wire name.
    bool ExpandsInModel,
    // Property of the model, member of the selector and property of the node's request builder.
    MemberNames Property,
    bool HidesInBuilder,
    string BuilderName,
    // The query-parameters class, or null when the edge has no readable params.
    ParametersNames? Query,
    EquatableArray<OperationNames> Operations);

/// <summary>The names generated for one operation: its methods and its parameters class.</summary>
public sealed record OperationNames(
    string SchemaName,
    string MethodName,
    // ToXxxRequest: the request MethodName sends, built but not sent.
    string RequestMethodName,
    string ReadAfterWriteMethodName,
    ParametersNames? Parameters);

/// <summary>A parameters (or query) class and its properties.</summary>
public sealed record ParametersNames(string Name, EquatableArray<ParameterNames> Parameters);

/// <summary>One parameter: its property and the argument name of the one-parameter shorthand.</summary>
public sealed record ParameterNames(string WireName, string Name, string Argument, bool HidesInherited);

/// <summary>The names generated for one enum.</summary>
public sealed record EnumNames(
    string SchemaName,
    string Name,
    string ExtensionsName,
    // Member 0, for values this schema does not know.
    string UnrecognizedMember,
    EquatableArray<string> Members);
