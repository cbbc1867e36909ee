using System.Linq;
using GraphGen.Generator.Common;
using GraphGen.Generator.Schema.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GraphGen.Generator.Model;

/// <summary>Reads <see cref="GeneratorOptions"/> from the MSBuild properties made visible to the compiler.</summary>
public static class GeneratorOptionsReader
{
    /// <summary>The MSBuild property that switches the generated types to <c>internal</c>.</summary>
    public const string AccessibilityProperty = "build_property.GraphGenAccessibility";

    /// <summary>The project's root namespace (always visible to the compiler).</summary>
    public const string RootNamespaceProperty = "build_property.RootNamespace";

    /// <summary>The MSBuild property naming the types to generate from (<c>User;AdAccount</c>); empty: all types.</summary>
    public const string RootsProperty = "build_property." + GenerationRoots.PropertyName;

    /// <summary>The MSBuild property that, set to <c>false</c>, keeps edges only between types kept for another reason.</summary>
    public const string FollowEdgesProperty = "build_property." + GenerationRoots.FollowEdgesPropertyName;

    /// <summary>
    /// The roots of <c>GraphGenRoots</c> (names separated by <c>;</c>, <c>,</c> or white space, duplicates dropped)
    /// and <c>GraphGenFollowEdges</c> (on unless <c>false</c>).
    /// </summary>
    public static GenerationRoots ReadRoots(AnalyzerConfigOptions options)
    {
        if (!options.TryGetValue(RootsProperty, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return GenerationRoots.All;
        }

        options.TryGetValue(FollowEdgesProperty, out var followEdges);
        var names = value!.Split(new[] { ';', ',', ' ', '\t', '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries);
        return new GenerationRoots(
            names.Distinct(System.StringComparer.Ordinal).ToEquatableArray(),
            !string.Equals(followEdges?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));
    }

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
