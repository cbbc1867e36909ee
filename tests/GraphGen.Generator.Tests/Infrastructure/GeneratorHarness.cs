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

namespace GraphGen.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="GraphGenerator"/> in-process over YAML texts and C# sources, the way the compiler does.</summary>
public static class GeneratorHarness
{
    /// <summary>The shipped schema files, copied beside the test assembly by the project file.</summary>
    public static IReadOnlyList<InMemoryAdditionalText> ShippedSchema()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Inputs", "schema");
        return Directory.GetFiles(folder, "*.graph.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new InMemoryAdditionalText("/schema/" + Path.GetRelativePath(folder, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();
    }

    /// <summary>A schema file from <c>TestSchemas/</c>.</summary>
    public static InMemoryAdditionalText TestSchema(string fileName)
        => new("/TestSchemas/" + fileName, File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestSchemas", fileName)));

    public static CSharpCompilation CreateCompilation(params string[] sources)
        => CSharpCompilation.Create(
            "GraphGen.Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"/src/Source{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    // The test compilation has no real project: missing XML docs on the test's own types are not the point.
                    ["CS1591"] = ReportDiagnostic.Suppress,
                }));

    /// <summary>C# 12 is the default of the .NET 8 SDK, the oldest SDK the package supports.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> additionalTexts, IReadOnlyDictionary<string, string>? globalOptions = null)
        => CSharpGeneratorDriver.Create(
            new[] { new GraphGenerator().AsSourceGenerator() },
            additionalTexts,
            ParseOptions,
            new InMemoryAnalyzerConfigOptionsProvider(globalOptions ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once and returns the result plus the compilation with the generated code added.</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics) Run(
        IEnumerable<AdditionalText> additionalTexts, IReadOnlyDictionary<string, string>? globalOptions = null, params string[] sources)
    {
        var driver = CreateDriver(additionalTexts, globalOptions);
        driver = driver.RunGeneratorsAndUpdateCompilation(CreateCompilation(sources), out var output, out var diagnostics, CancellationToken.None);
        return (driver.GetRunResult(), output, diagnostics);
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        // The trusted platform assemblies of the running net10.0 + the runtime assembly the generated code calls.
        var tpa = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var refs = tpa.Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(GraphGen.Runtime.GraphClient).Assembly.Location));
        return refs.ToImmutableArray();
    });
}

/// <summary>An AdditionalText held in memory.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    public InMemoryAdditionalText WithText(string text) => new(Path, text);

    public string Text => _text.ToString();
}

/// <summary>Global analyzer config options (MSBuild properties) for the test driver.</summary>
public sealed class InMemoryAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;

    public InMemoryAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string> global) => _global = new Options(global);

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
