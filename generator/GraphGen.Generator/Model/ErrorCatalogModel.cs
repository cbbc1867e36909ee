using GraphGen.Generator.Common;

namespace GraphGen.Generator.Model;

/// <summary>The <c>GraphErrorCode</c> enum and its category lookup.</summary>
public sealed record ErrorCatalogModel(string Namespace, string Accessibility, EquatableArray<ErrorCodeModel> Codes);

/// <summary>One error code: C# name, number, description (as the schema wrote it) and runtime category member.</summary>
public sealed record ErrorCodeModel(string Name, int Code, string Description, string Category);
