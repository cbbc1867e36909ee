using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GraphGen.Benchmarks.Generator;

/// <summary>
/// The generator on the shipped schema (schema/facebook, 8 files): a cold run (a new driver, as on a fresh build)
/// and the two edits the IDE re-runs it for on a primed driver. Goals: cold &lt; 50 ms after JIT warm-up; an unrelated
/// C# edit &lt; 1% of cold and regenerating nothing (checked by <see cref="GeneratorIncrementalCheck"/>).
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Generator")]
public class GeneratorBenchmarks
{
    private IReadOnlyList<MemoryAdditionalText> _schema = null!;
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _primed = null!;
    private MemoryAdditionalText _userYaml = null!;
    private MemoryAdditionalText _editedUserYaml = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = GeneratorRig.ShippedSchema();
        _compilation = GeneratorRig.CreateCompilation("public class A { }");
        _editedCompilation = EditedCompilation(_compilation);
        _primed = GeneratorRig.EnsureNoErrors(GeneratorRig.CreateDriver(_schema).RunGenerators(_compilation));
        _userYaml = _schema.Single(s => s.Path.EndsWith("/user.graph.yaml", System.StringComparison.Ordinal));
        _editedUserYaml = EditedUserYaml(_userYaml);
        GeneratorRig.EnsureNoErrors(_primed.ReplaceAdditionalText(_userYaml, _editedUserYaml).RunGenerators(_compilation));
    }

    [Benchmark(Baseline = true, Description = "Cold: new driver, shipped schema")]
    public int Cold() => GeneratorRig.GeneratedFileCount(GeneratorRig.CreateDriver(_schema).RunGenerators(_compilation));

    [Benchmark(Description = "Primed driver, unrelated C# edit")]
    public int UnrelatedCSharpEdit() => GeneratorRig.GeneratedFileCount(_primed.RunGenerators(_editedCompilation));

    [Benchmark(Description = "Primed driver, one-field YAML edit (User)")]
    public int OneFieldYamlEdit()
        => GeneratorRig.GeneratedFileCount(_primed.ReplaceAdditionalText(_userYaml, _editedUserYaml).RunGenerators(_compilation));

    /// <summary>The compilation after a keystroke elsewhere in the project: a new syntax tree the generator does not read.</summary>
    public static CSharpCompilation EditedCompilation(CSharpCompilation compilation)
        => compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { public int X => 1; }", GeneratorRig.ParseOptions, path: "/src/B.cs"));

    /// <summary>user.graph.yaml with one more field on User, inserted after <c>birthday</c>.</summary>
    public static MemoryAdditionalText EditedUserYaml(MemoryAdditionalText userYaml)
    {
        const string Anchor = "      birthday:\n";
        string text = userYaml.Text.Replace("\r\n", "\n");
        int at = text.IndexOf(Anchor, System.StringComparison.Ordinal);
        if (at < 0) throw new System.InvalidOperationException("user.graph.yaml no longer has a 'birthday' field to anchor the edit.");
        return userYaml.WithText(text.Insert(at, "      benchmark_added_field:\n        type: string\n"));
    }
}
