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
        var withGenerated = GeneratorRig.CreateDriver(GeneratorRig.ShippedSchema())
            .RunGeneratorsAndUpdateCompilation(GeneratorRig.CreateCompilation("public class A { }"), out var output, out _);
        GeneratorRig.EnsureNoErrors(withGenerated);
        _compilation = ((CSharpCompilation)output).AddSyntaxTrees(_calls);
        var errors = _compilation.GetSemanticModel(_calls).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("The calls file does not compile: " + errors[0]);
        if (BindAndAnalyze() == 0) throw new InvalidOperationException("The analyzer found nothing in the calls file.");
    }

    [Benchmark(Baseline = true, Description = "Bind the 5,000-line calls file (compiler only)")]
    public int Bind() => _compilation.Clone().GetSemanticModel(_calls).GetDiagnostics().Length;

    [Benchmark(Description = "Bind the file + GG0029 analyzer")]
    public int BindAndAnalyze()
    {
        var compilation = _compilation.Clone();
        var withAnalyzers = compilation.WithAnalyzers(Analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        return withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(_calls), null, CancellationToken.None).GetAwaiter().GetResult().Length;
    }

    /// <summary>Methods of typical GraphGen calls; one unselected read in each (a known number of GG0029s).</summary>
    public static string CallsFile(int lines)
    {
        var text = new StringBuilder();
        text.Append("using System;\nusing System.Threading.Tasks;\nusing GraphGen.Facebook;\n\npublic static class Calls\n{\n");
        for (var i = 0; text.Length == 0 || CountLines(text) < lines - 2; i++)
        {
            text.Append("    public static async Task M").Append(i).Append("(GraphApi graph)\n    {\n");
            text.Append("        var me = await graph.Users[\"me\"].GetAsync(f => f.Id.Name.Email.Albums(a => a.Name.Count, limit: 5));\n");
            text.Append("        Console.WriteLine(me.Name);\n");
            text.Append("        Console.WriteLine(me.Email);\n");
            text.Append("        Console.WriteLine(me.Birthday);\n");
            text.Append("        foreach (var album in me.Albums!.Data)\n        {\n");
            text.Append("            Console.WriteLine(album.Name + album.Count);\n        }\n");
            text.Append("        var fields = new AlbumFields().Id.Name;\n");
            text.Append("        await foreach (var album in graph.Users[\"me\"].Albums.ListAsync(fields))\n        {\n");
            text.Append("            Console.WriteLine(album.Id + album.Name);\n        }\n");
            text.Append("        if (me.Has(User.Field.Hometown))\n        {\n");
            text.Append("            Console.WriteLine(me.Hometown);\n        }\n");
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
