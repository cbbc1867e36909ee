namespace GraphGen.Generator.Model;

/// <summary>
/// Options from MSBuild (<c>CompilerVisibleProperty</c>): <c>GraphGenAccessibility</c> = <c>public</c> | <c>internal</c>.
/// </summary>
public sealed record GeneratorOptions(string Accessibility)
{
    public static readonly GeneratorOptions Default = new("public");
}
