using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using GraphGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static System.FormattableString;

namespace GraphGen.Benchmarks.Generator;

/// <summary>
/// Where the consumer compile of generated code goes, on a schema small enough to iterate on (the side-by-side
/// comparison compiles 1,000 nodes once a side): the current generator's output of the synthetic schema, or a folder
/// of <c>.cs</c> files (e.g. that output dumped and edited by hand to try a change before the templates make it),
/// compiled against the current runtime. Prints, per repetition, the body binding (<c>GetMethodBodyDiagnostics</c>) of
/// each output kind (the hint name's suffix: Model, Json, Fields...), declarations, and parse + <c>Emit</c> of a fresh
/// compilation (what the side-by-side comparison times; also as the process's CPU time, which a loaded machine inflates less); medians last.
/// <code>dotnet run -c Release --project tests/GraphGen.Benchmarks -- --compile-profile 100 [--repetitions N] [--dump DIR | --from DIR[,DIR...]]</code>
/// </summary>
public static class CompileProfile
{
    public const string Switch = "--compile-profile";

    /// <param name="fromFolders">Folders of <c>.cs</c> files to compile instead of the generator's output; with several, the repetitions alternate them (machine noise hits each alike).</param>
    public static IEnumerable<string> Run(int nodes, int repetitions, string? dumpFolder, IReadOnlyList<string> fromFolders)
    {
        var inputs = fromFolders.Count == 0
            ? new List<(string Label, List<(string Name, string Text)> Sources)> { ("generated", Generate(nodes)) }
            : fromFolders.Select(f => (Label: f, Sources: Directory.GetFiles(f, "*.cs").OrderBy(p => p, StringComparer.Ordinal).Select(p => (Name: Path.GetFileName(p), Text: File.ReadAllText(p))).ToList())).ToList();
        if (dumpFolder is not null)
        {
            Directory.CreateDirectory(dumpFolder);
            foreach (var (name, text) in inputs[0].Sources) File.WriteAllText(Path.Combine(dumpFolder, name), text);
        }

        var references = GeneratorRig.GeneratedCodeReferences(typeof(GraphGen.Runtime.GraphClient).Assembly.Location);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);
        var columns = inputs.ToDictionary(i => i.Label, _ => new SortedDictionary<string, List<double>>(StringComparer.Ordinal));
        foreach (var (label, sources) in inputs) yield return Invariant($"{label}: {sources.Count:N0} files, {sources.Sum(s => s.Text.Count(c => c == '\n')):N0} lines");
        for (int r = 0; r < repetitions; r++)
        {
            foreach (var (label, sources) in inputs)
            {
                var times = columns[label];
                void Add(string column, double ms) => (times.TryGetValue(column, out var l) ? l : times[column] = new List<double>()).Add(ms);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, GeneratorRig.ParseOptions, "/gen/" + s.Name)).ToList();
                var compilation = CSharpCompilation.Create("Consumer", trees, references, options);
                using (var output = new MemoryStream())
                {
                    var emitted = compilation.Emit(output);
                    Add("parse + emit", watch.Elapsed.TotalMilliseconds);
                    Add("parse + emit, CPU", (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
                    int errors = emitted.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
                    int warnings = emitted.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
                    if (r == 0 && errors + warnings > 0)
                    {
                        yield return Invariant($"{label}: {errors} errors, {warnings} warnings; first: {emitted.Diagnostics.First(d => d.Severity >= DiagnosticSeverity.Warning)}");
                    }
                }

                // The same sources in a new compilation, phase by phase: declarations, then each kind's bodies.
                compilation = CSharpCompilation.Create("Consumer", trees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), GeneratorRig.ParseOptions, t.FilePath)), references, options);
                watch.Restart();
                compilation.GetDeclarationDiagnostics();
                Add("declarations", watch.Elapsed.TotalMilliseconds);
                foreach (var kind in compilation.SyntaxTrees.GroupBy(Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    watch.Restart();
                    foreach (var tree in kind) compilation.GetSemanticModel(tree).GetMethodBodyDiagnostics();
                    Add("bodies " + kind.Key, watch.Elapsed.TotalMilliseconds);
                }

                yield return label + ": " + string.Join(", ", times.Select(c => Invariant($"{c.Key} {c.Value[^1]:0}")));
            }
        }

        foreach (var (label, times) in columns)
        {
            yield return label + " median ms: " + string.Join(", ", times.Select(c => Invariant($"{c.Key} {c.Value.OrderBy(v => v).ElementAt(c.Value.Count / 2):0}")));
        }
    }

    // "Node0001.Json.g.cs" -> "Json"; files without a kind suffix are "other".
    private static string Kind(SyntaxTree tree)
    {
        var parts = Path.GetFileName(tree.FilePath).Split('.');
        return parts.Length >= 4 ? parts[^3] : "other";
    }

    private static List<(string Name, string Text)> Generate(int nodes)
    {
        var driver = CSharpGeneratorDriver.Create(
            new[] { new GraphGenerator().AsSourceGenerator() }, SyntheticSchema.Create(nodes), GeneratorRig.ParseOptions, GeneratorRig.PublicAccessibility);
        var run = driver.RunGenerators(GeneratorRig.CreateCompilation("")).GetRunResult();
        var error = run.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        if (error is not null) throw new InvalidOperationException("The generator reported: " + error);
        return run.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();
    }
}
