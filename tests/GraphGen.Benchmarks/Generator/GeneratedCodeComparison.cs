using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using GraphGen.Generator;
using GraphGen.Generator.Schema;
using GraphGen.Generator.Schema.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using static System.FormattableString;

namespace GraphGen.Benchmarks.Generator;

/// <summary>
/// The size goals of "thin generated code", measured side by side in one run: the generator of a baseline commit
/// (built by <c>tests/GraphGen.Benchmarks/compare-generated.sh</c>, loaded in its own load context) and the current
/// one run over the same inputs; for each, the generated lines, lines per schema field, the generator's time and the
/// C# compile of the generated code (Roslyn's <c>Emit</c>, against that side's own runtime). Repetitions alternate
/// baseline and current so machine noise hits both alike; medians are printed.
/// </summary>
public static class GeneratedCodeComparison
{
    public const string Switch = "--compare-generated";

    /// <param name="baselineFolder">Holds <c>gen/GraphGen.Generator.dll</c> and <c>rt/GraphGen.Runtime.dll</c> of the baseline.</param>
    /// <param name="schemaFolders">Extra schema folders (e.g. a whole-spec import) to measure beside the built-in inputs.</param>
    /// <param name="repetitions">Compile and generator runs per side and input.</param>
    public static IEnumerable<string> Run(string baselineFolder, IReadOnlyList<string> schemaFolders, int repetitions)
    {
        var baseline = Side.Load("baseline", Path.Combine(baselineFolder, "gen", "GraphGen.Generator.dll"), Path.Combine(baselineFolder, "rt", "GraphGen.Runtime.dll"));
        var current = new Side("current", new GraphGenerator(), typeof(GraphGen.Runtime.GraphClient).Assembly.Location);
        var inputs = new List<(string Name, IReadOnlyList<MemoryAdditionalText> Files)>
        {
            ("shipped schema", GeneratorRig.ShippedSchema()),
            ("synthetic 1,000 nodes", SyntheticSchema.Create(1000)),
        };
        foreach (string folder in schemaFolders)
        {
            inputs.Add((Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), ReadFolder(folder)));
        }

        yield return "| input | fields | side | files | lines | lines/field | generator ms | compile ms | compile CPU ms | compile errors |";
        yield return "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|";
        foreach (var (name, files) in inputs)
        {
            int fields = CountFields(files);
            var results = new Dictionary<Side, Measurement>();
            foreach (var side in new[] { baseline, current }) results[side] = new Measurement();
            for (int i = 0; i < repetitions; i++)
            {
                foreach (var side in i % 2 == 0 ? new[] { baseline, current } : new[] { current, baseline })
                {
                    results[side].Add(side, files);
                }
            }

            foreach (var side in new[] { baseline, current })
            {
                var m = results[side];
                yield return Invariant($"| {name} | {fields:N0} | {side.Name} | {m.Files:N0} | {m.Lines:N0} | {(double)m.Lines / Math.Max(fields, 1):0.0} | {Median(m.GeneratorMs):0} | {Median(m.CompileMs):0} | {Median(m.CompileCpuMs):0} | {m.CompileErrors} |");
            }

            var b = results[baseline];
            var c = results[current];
            if (b.Files == 0 || c.Files == 0)
            {
                // An older generator may not read a newer format (name:, params_name:, ...): nothing to compare.
                yield return Invariant($"| {name} | | current / baseline | | not comparable: the {(b.Files == 0 ? "baseline" : "current")} generator generated nothing ({(b.Files == 0 ? b : c).FirstDiagnostic}) | | | | | |");
                continue;
            }

            yield return Invariant($"| {name} | | current / baseline | | {(double)c.Lines / b.Lines:0.00}x | | {Median(c.GeneratorMs) / Median(b.GeneratorMs):0.00}x | {Median(c.CompileMs) / Median(b.CompileMs):0.00}x | {Median(c.CompileCpuMs) / Median(b.CompileCpuMs):0.00}x | |");
        }
    }

    private static IReadOnlyList<MemoryAdditionalText> ReadFolder(string folder)
        => Directory.GetFiles(folder, "*.graph.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new MemoryAdditionalText("/schema/" + Path.GetRelativePath(folder, p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList();

    // Fields of nodes and structs as the current Schema stage reads them: the denominator of lines per field.
    private static int CountFields(IReadOnlyList<MemoryAdditionalText> files)
    {
        var schema = SchemaValidator.Combine(files.Select(f => SchemaLoader.Load(f.Path, f.GetText()!.ToString())));
        return schema.Nodes.Sum(n => n.Fields.Count);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? double.NaN : sorted[sorted.Count / 2];
    }

    private sealed class Measurement
    {
        public int Files;
        public long Lines;
        public int CompileErrors;
        public string FirstDiagnostic = "no diagnostic";
        public readonly List<double> GeneratorMs = new();
        public readonly List<double> CompileMs = new();
        public readonly List<double> CompileCpuMs = new();

        public void Add(Side side, IReadOnlyList<MemoryAdditionalText> files)
        {
            // The generator: a new driver each time (a cold run after the JIT has seen the code once).
            var driver = CSharpGeneratorDriver.Create(
                new[] { side.Generator.AsSourceGenerator() }, files, GeneratorRig.ParseOptions, GeneratorRig.PublicAccessibility);
            var compilation = CSharpCompilation.Create("Consumer", Array.Empty<SyntaxTree>(), side.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var watch = Stopwatch.StartNew();
            var run = driver.RunGenerators(compilation).GetRunResult();
            GeneratorMs.Add(watch.Elapsed.TotalMilliseconds);
            if (run.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) is { } error)
            {
                // An older generator that cannot read a newer schema (the shipped schema on v25.0 uses `target: json`):
                // the row says so and the run goes on with the other inputs.
                FirstDiagnostic = error.Id + " " + error.GetMessage(CultureInfo.InvariantCulture);
                return;
            }

            if (run.Diagnostics.FirstOrDefault() is { } first) FirstDiagnostic = first.Id + " " + first.GetMessage(CultureInfo.InvariantCulture);
            var trees = run.GeneratedTrees;
            Files = trees.Length;
            Lines = trees.Sum(t => (long)t.GetText().Lines.Count);

            // The consumer's compile of that output, timed as Roslyn emits it (parse included: a build parses too).
            // The process's CPU time too: the compile is parallel, and on a loaded machine wall time inflates more.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            watch.Restart();
            var reparsed = trees.Select(t => CSharpSyntaxTree.ParseText(t.GetText(), GeneratorRig.ParseOptions, t.FilePath));
            var consumer = compilation.AddSyntaxTrees(reparsed);
            using var output = new MemoryStream();
            var emitted = consumer.Emit(output);
            CompileMs.Add(watch.Elapsed.TotalMilliseconds);
            CompileCpuMs.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            CompileErrors = emitted.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        }
    }

    private sealed class Side
    {
        public Side(string name, IIncrementalGenerator generator, string runtimePath)
        {
            Name = name;
            Generator = generator;
            References = GeneratorRig.GeneratedCodeReferences(runtimePath);
        }

        public string Name { get; }

        public IIncrementalGenerator Generator { get; }

        public ImmutableArray<MetadataReference> References { get; }

        // The baseline generator has the same assembly name as the current one: it gets its own load context, and
        // shares Roslyn, YamlDotNet and Scriban (same versions) with the default one.
        public static Side Load(string name, string generatorPath, string runtimePath)
        {
            if (!File.Exists(generatorPath)) throw new FileNotFoundException("Build the baseline first (compare-generated.sh).", generatorPath);
            var context = new AssemblyLoadContext(name, isCollectible: false);
            Assembly assembly = context.LoadFromAssemblyPath(Path.GetFullPath(generatorPath));
            Type type = assembly.GetType("GraphGen.Generator.GraphGenerator", throwOnError: true)!;
            return new Side(name, (IIncrementalGenerator)Activator.CreateInstance(type)!, Path.GetFullPath(runtimePath));
        }
    }
}
