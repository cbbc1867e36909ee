using GraphGen.Generator.Common;

namespace GraphGen.Generator.Model;

/// <summary>The root client class (<c>GraphApi</c>): API version and root accessors.</summary>
public sealed record ClientModel(
    string Namespace,
    string Accessibility,
    string Name,
    string ApiVersion,
    // The per-type metadata factory methods (see TypeMetadataModel), in schema order.
    EquatableArray<string> SchemaMethods,
    EquatableArray<RootModel> Roots);

/// <summary>A root accessor: <c>graph.Users["me"]</c>.</summary>
public sealed record RootModel(string PropertyName, string CollectionBuilderName, string NodeName, DocModel Doc);
