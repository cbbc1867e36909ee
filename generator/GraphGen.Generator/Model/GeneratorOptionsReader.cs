using Microsoft.CodeAnalysis.Diagnostics;

namespace GraphGen.Generator.Model;

/// <summary>Reads <see cref="GeneratorOptions"/> from the MSBuild properties made visible to the compiler.</summary>
public static class GeneratorOptionsReader
{
    /// <summary>The MSBuild property that switches the generated types to <c>internal</c>.</summary>
    public const string AccessibilityProperty = "build_property.GraphGenAccessibility";

    /// <summary>The project's root namespace (always visible to the compiler).</summary>
    public const string RootNamespaceProperty = "build_property.RootNamespace";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue(AccessibilityProperty, out var accessibility);
        options.TryGetValue(RootNamespaceProperty, out var rootNamespace);
        var isInternal = string.Equals(accessibility?.Trim(), "internal", System.StringComparison.OrdinalIgnoreCase);
        return new GeneratorOptions(
            isInternal ? "internal" : "public",
            string.IsNullOrWhiteSpace(rootNamespace) ? GeneratorOptions.DefaultNamespace : rootNamespace!.Trim());
    }
}
