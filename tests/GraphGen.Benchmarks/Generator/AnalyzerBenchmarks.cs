using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using GraphGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GraphGen.Benchmarks.Generator;

/// <summary>
/// The GG0029 analyzer on a generated 5,000-line file of calls against the shipped schema's client, next to what the
/// compiler spends binding that file anyway. Each run starts from a fresh clone of the compilation (nothing bound or
/// cached), so "bind + analyze" minus "bind" is what the analyzer adds to a build or a full-file IDE pass.
/// "Compile" is the whole consumer build (generated code and the calls file, emitted) the analyzer runs inside.
/// Goal: the analyzer adds well under the binding time (it walks each method body once, no compilation-wide work).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Analyzer")]
public class AnalyzerBenchmarks
{
    /// <summary>Lines of the consumer file (each method is 20 lines of typical reads, loops and checks).</summary>
    public const int FileLines = 5_000;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new UnselectedFieldAnalyzer());

    private CSharpCompilation _compilation = null!;
    private SyntaxTree _calls = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calls = CSharpSyntaxTree.ParseText(CallsFile(FileLines), GeneratorRig.ParseOptions, path: "/src/Calls.cs");
        var references = GeneratorRig.GeneratedCodeReferences(typeof(GraphGen.Runtime.GraphClient).Assembly.Location);
        var consumer = CSharpCompilation.Create(
            "GraphGen.AnalyzerBenchmark",
            Array.Empty<SyntaxTree>(),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var withGenerated = GeneratorRig.CreateDriver(GeneratorRig.ShippedSchema())
            .RunGeneratorsAndUpdateCompilation(consumer, out var output, out _);
        GeneratorRig.EnsureNoErrors(withGenerated);
        _compilation = ((CSharpCompilation)output).AddSyntaxTrees(_calls);
        if (_compilation.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error) throw new InvalidOperationException("The compilation has errors: " + error);
        // One GG0029 a method (me.Birthday): proves the analyzer did its full work and did not bail out early.
        var methods = CallsFile(FileLines).Split("public static async Task M").Length - 1;
        if (BindAndAnalyze() != methods) throw new InvalidOperationException($"Expected {methods} GG0029 diagnostics in the calls file.");
    }

    [Benchmark(Baseline = true, Description = "Bind the 5,000-line calls file (compiler only)")]
    public int Bind() => _compilation.Clone().GetSemanticModel(_calls).GetDiagnostics().Length;

    [Benchmark(Description = "Bind the file + GG0029 analyzer")]
    public int BindAndAnalyze()
    {
        var compilation = _compilation.Clone();
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: (e, _, _) => throw new InvalidOperationException("GG0029 failed", e), concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(withAnalyzers.Compilation.GetSemanticModel(_calls), null, CancellationToken.None).GetAwaiter().GetResult().Length;
    }

    // What a build of this consumer costs the compiler without the analyzer: the denominator of "a small fraction".
    [Benchmark(Description = "Compile the consumer (generated code + the calls file, emit)")]
    public long Compile()
    {
        using var output = new System.IO.MemoryStream();
        var result = _compilation.Clone().Emit(output);
        return result.Success ? output.Length : throw new InvalidOperationException("The consumer did not compile.");
    }

    /// <summary>Methods of typical GraphGen calls; one unselected read in each (a known number of GG0029s).</summary>
    public static string CallsFile(int lines)
    {
        var text = new StringBuilder();
        text.Append("using System.Threading.Tasks;\nusing GraphGen.Facebook;\n\npublic static class Calls\n{\n    private static void Use(object? value) { }\n\n");
        for (var i = 0; text.Length == 0 || CountLines(text) < lines - 2; i++)
        {
            text.Append("    public static async Task M").Append(i).Append("(GraphApi graph)\n    {\n");
            text.Append("        var me = await graph.Users[\"me\"].GetAsync(f => f.Id.Name.Email.Albums(a => a.Name.Count, limit: 5));\n");
            text.Append("        Use(me.Name);\n");
            text.Append("        Use(me.Email);\n");
            text.Append("        Use(me.Birthday);\n");
            text.Append("        foreach (var album in me.Albums!.Data)\n        {\n");
            text.Append("            Use(album.Name + album.Count);\n        }\n");
            text.Append("        var fields = new AlbumFields().Id.Name;\n");
            text.Append("        await foreach (var album in graph.Users[\"me\"].Albums.ListAsync(fields))\n        {\n");
            text.Append("            Use(album.Id + album.Name);\n        }\n");
            text.Append("        if (me.Has(User.Field.Hometown))\n        {\n");
            text.Append("            Use(me.Hometown?.Name);\n        }\n");
            text.Append("    }\n\n");
        }

        return text.Append("}\n").ToString();
    }

    private static int CountLines(StringBuilder text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') count++;
        }

        return count;
    }
}
