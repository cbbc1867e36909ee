namespace GraphGen.Generator.Model;

/// <summary>
/// Options from MSBuild (<c>CompilerVisibleProperty</c>): <c>GraphGenAccessibility</c> = <c>public</c> | <c>internal</c>,
/// and the project's <c>RootNamespace</c>, used when no schema file sets <c>namespace</c>.
/// </summary>
public sealed record GeneratorOptions(string Accessibility, string FallbackNamespace)
{
    public const string DefaultNamespace = "GraphGen.Generated";

    public static readonly GeneratorOptions Default = new("public", DefaultNamespace);

    /// <summary>The namespace of the generated code: the schema's, else the project's root namespace.</summary>
    public string NamespaceFor(string schemaNamespace) => schemaNamespace.Length > 0 ? schemaNamespace : FallbackNamespace;
}
