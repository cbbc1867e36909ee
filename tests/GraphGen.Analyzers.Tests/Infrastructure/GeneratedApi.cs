using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace GraphGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// What every test compilation gets: the GraphGen generator with Schema/shop.graph.yaml (so the analyzer sees the
/// real generated API, not a hand-written imitation), the runtime assembly and the running framework's assemblies.
/// </summary>
public static class GeneratedApi
{
    public const string SchemaPath = "/Schema/shop.graph.yaml";

    public static readonly string SchemaText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "shop.graph.yaml"));

    /// <summary>No reference-assembly package (the package feed is offline): the references are added directly.</summary>
    public static readonly ReferenceAssemblies NoPackages = new("net10.0");

    public static readonly ImmutableArray<MetadataReference> References = CreateReferences();

    /// <summary>Adds the schema and the references to a test's state.</summary>
    public static void AddTo(SolutionState state)
    {
        state.AdditionalFiles.Add((SchemaPath, SchemaText));
        state.AdditionalReferences.AddRange(References);
    }

    private static ImmutableArray<MetadataReference> CreateReferences()
    {
        // The trusted platform assemblies of the running net10.0, and the runtime the generated code calls.
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return tpa
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(GraphGen.Runtime.GraphClient).Assembly.Location))
            .ToImmutableArray();
    }
}
