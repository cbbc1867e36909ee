using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using GraphGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace GraphGen.Benchmarks.Generator;

/// <summary>
/// Drives <see cref="GraphGenerator"/> in-process the way the compiler does: a <see cref="GeneratorDriver"/> over
/// in-memory YAML texts and a small consumer compilation. A small copy of the generator tests' harness, so this
/// project does not depend on a test project.
/// </summary>
public static class GeneratorRig
{
    /// <summary>C# 12, the default of the oldest SDK the package supports (same as the generator tests).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    /// <summary>The shipped schema files, copied beside the assembly by the project file.</summary>
    public static IReadOnlyList<MemoryAdditionalText> ShippedSchema()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Inputs", "schema");
        return Directory.GetFiles(folder, "*.graph.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new MemoryAdditionalText("/schema/" + Path.GetRelativePath(folder, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
    }

    /// <summary>
    /// A driver without step tracking (tracking keeps every intermediate value and is not what the IDE pays), or with
    /// it, for the checks that ask which steps re-ran.
    /// </summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> schema, bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            new[] { new GraphGenerator().AsSourceGenerator() },
            schema,
            ParseOptions,
            PublicAccessibility,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The MSBuild options of the benchmark project: generated types are public.</summary>
    public static AnalyzerConfigOptionsProvider PublicAccessibility { get; } =
        new GlobalOptionsProvider(new Dictionary<string, string> { ["build_property.GraphGenAccessibility"] = "public" });

    /// <summary>A consumer compilation with one source file; the generator reads only the YAML and the options.</summary>
    public static CSharpCompilation CreateCompilation(string source)
        => CSharpCompilation.Create(
            "GraphGen.Consumer",
            new[] { CSharpSyntaxTree.ParseText(source, ParseOptions, path: "/src/Consumer.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Runs the driver and returns how many source files it produced (so the run cannot be optimized away).</summary>
    public static int GeneratedFileCount(GeneratorDriver driver)
        => driver.GetRunResult().Results.Sum(r => r.GeneratedSources.Length);

    /// <summary>Throws when the run reported an error: a benchmark must not time the generator's failure path.</summary>
    public static GeneratorDriver EnsureNoErrors(GeneratorDriver driver)
    {
        var error = driver.GetRunResult().Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null) throw new InvalidOperationException("The generator reported an error: " + error);
        return driver;
    }

    /// <summary>
    /// What compiling generated code needs: the framework's <c>System.*</c> assemblies (System.Text.Json,
    /// System.Net.Http...) and the given GraphGen runtime (a baseline commit's runtime, for side-by-side runs).
    /// </summary>
    public static ImmutableArray<MetadataReference> GeneratedCodeReferences(string runtimePath)
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return tpa.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(runtimePath))
            .ToImmutableArray();
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return tpa.Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(GraphGen.Runtime.GraphClient).Assembly.Location))
            .ToImmutableArray();
    });

    private sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global;

        public GlobalOptionsProvider(IReadOnlyDictionary<string, string> global) => _global = new Options(global);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());
            private readonly IReadOnlyDictionary<string, string> _values;

            public Options(IReadOnlyDictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, out string value)
            {
                if (_values.TryGetValue(key, out var found))
                {
                    value = found;
                    return true;
                }

                value = string.Empty;
                return false;
            }
        }
    }
}

/// <summary>An <see cref="AdditionalText"/> held in memory.</summary>
public sealed class MemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public MemoryAdditionalText(string path, string text)
    {
        Path = path;
        Text = text;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public string Text { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    public MemoryAdditionalText WithText(string text) => new(Path, text);
}
