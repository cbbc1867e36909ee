using Microsoft.CodeAnalysis.Diagnostics;

namespace GraphGen.Generator.Model;

/// <summary>Reads <see cref="GeneratorOptions"/> from the MSBuild properties made visible to the compiler.</summary>
public static class GeneratorOptionsReader
{
    /// <summary>The MSBuild property that switches the generated types to <c>internal</c>.</summary>
    public const string AccessibilityProperty = "build_property.GraphGenAccessibility";

    public static GeneratorOptions Read(AnalyzerConfigOptions options)
    {
        options.TryGetValue(AccessibilityProperty, out var accessibility);
        return string.Equals(accessibility?.Trim(), "internal", System.StringComparison.OrdinalIgnoreCase)
            ? new GeneratorOptions("internal")
            : GeneratorOptions.Default;
    }
}
