using GraphGen.Generator.Common;

namespace GraphGen.Generator.Model;

/// <summary>The request builders of one node: <c>/{id}</c>, its operations and its edges.</summary>
public sealed record NodeRequestsModel(
    string Namespace,
    string Accessibility,
    string NodeName,
    string BuilderName,
    string FieldsName,
    // The collection builder for a root accessor (<c>UsersRequestBuilder</c>), or null.
    string? CollectionBuilderName,
    string IdPrefix,
    DocModel Doc,
    EquatableArray<OperationModel> Operations,
    EquatableArray<EdgeModel> Edges,
    EquatableArray<ParametersModel> ParameterTypes,
    // The YAML file that declared the node: named in GG9999 if rendering it fails.
    string SchemaFile);

/// <summary>An edge builder: list/page the edge and run its operations.</summary>
public sealed record EdgeModel(
    string PropertyName,
    // Declared 'new': the name is also a member of object.
    bool HidesInherited,
    string WireName,
    string BuilderName,
    // The item model and its selector, or null for a raw-JSON edge (target: json).
    string? ItemType,
    string? ItemFieldsType,
    bool IsRawJson,
    bool IsPaged,
    // False for edges without GET (readable: false): only the edge's operations are generated.
    bool IsReadable,
    string? QueryType,
    DocModel Doc,
    string? ObsoleteMessage,
    EquatableArray<OperationModel> Operations);

/// <summary>A generated method calling one Graph operation.</summary>
public sealed record OperationModel(
    string MethodName,
    string RequestMethodName,
    string HttpMethod,
    // The returned model, or null when the call returns a value (ReturnValue).
    string? ReturnType,
    // The kind of value returned when it is not a model (a ReturnValueKind name: Json, String, Success...), or null.
    string? ReturnValue,
    string? ParametersType,
    // The selector of the returned object for a GET (fields=), or null when the call takes no field selection.
    string? FieldsType,
    // Set when the operation has exactly one parameter and it is required: a convenience overload.
    ParameterModel? SingleParameter,
    string? ReadAfterWriteMethodName,
    string? ReadAfterWriteType,
    string? ReadAfterWriteFieldsType,
    bool Idempotent,
    DocModel Doc,
    // The error codes the schema lists for the operation, for its doc.
    EquatableArray<OperationErrorModel> Errors);

/// <summary>An error code an operation can return: its <c>GraphErrorCode</c> member, number and description.</summary>
public sealed record OperationErrorModel(string Name, int Code, string Description);

/// <summary>A parameters class (<c>UserUpdate</c>) or an edge query class. Emit's <c>ParameterCode</c> spells its C#.</summary>
public sealed record ParametersModel(
    string Name,
    DocModel Doc,
    EquatableArray<ParameterModel> Parameters,
    // "At least one of": the groups whose members are all parameters of this class.
    EquatableArray<OneOfGroup> OneOf,
    // An edge query's first required parameter (wire name): a call without the query is rejected. Null otherwise.
    string? RequiredWireName);

/// <summary>One parameter: property, wire name, what it holds and the rules <c>Validate()</c> checks.</summary>
public sealed record ParameterModel(
    string PropertyName,
    // Declared 'new': the name is also a member of object.
    bool HidesInherited,
    string ArgumentName,
    // The argument name as <param name="..."> spells it (no '@' escape).
    string ArgumentDocName,
    string WireName,
    ValueTypeModel Value,
    bool Required,
    // Inclusive bounds of a number (min:/max:), or null.
    double? Min,
    double? Max,
    DocModel Doc,
    // The [Obsolete] message (plain text), or null.
    string? ObsoleteMessage);

/// <summary>A "one of" rule: at least one of these parameters must be set.</summary>
public sealed record OneOfGroup(EquatableArray<string> PropertyNames, EquatableArray<string> WireNames);
