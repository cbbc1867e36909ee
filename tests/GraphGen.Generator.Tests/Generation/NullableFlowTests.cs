using System.Collections.Generic;
using System.IO;
using System.Linq;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// Generated files start with <c>#nullable enable annotations</c> and <c>#nullable disable warnings</c> (as
/// System.Text.Json's source generator does): callers see every annotation, and the consumer's compiler skips the
/// nullable flow analysis of generated bodies, a third of their binding time (docs/performance.md). What the compiler
/// no longer checks in a consumer's build is checked here: the generated code of every test schema, with the warnings
/// directive taken out (nullable fully enabled), compiles with zero diagnostics, every warning an error.
/// </summary>
public sealed class NullableFlowTests
{
    private const string Header = "#nullable enable annotations\n#nullable disable warnings\n";

    public static TheoryData<string> Schemas()
    {
        var data = new TheoryData<string> { "shipped", "small.graph.yaml", "names.graph.yaml", "roots.graph.yaml" };
        foreach (var file in Directory.GetFiles(Path.Combine(System.AppContext.BaseDirectory, "TestSchemas", "Features"), "*.graph.yaml").OrderBy(f => f, System.StringComparer.Ordinal))
        {
            data.Add("Features/" + Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Generated_code_is_null_safe_with_nullable_warnings_on(string schema)
    {
        var input = schema == "shipped" ? GeneratorHarness.ShippedSchema() : new[] { GeneratorHarness.TestSchema(schema) };
        var (result, _, diagnostics) = GeneratorHarness.Run(input);
        Assert.Empty(diagnostics.Select(d => d.ToString()));
        var sources = result.Results.Single().GeneratedSources;
        Assert.NotEmpty(sources);

        var trees = new List<SyntaxTree>();
        foreach (var source in sources)
        {
            var text = source.SourceText.ToString().Replace("\r\n", "\n");
            Assert.True(text.Contains(Header, System.StringComparison.Ordinal), source.HintName + " does not start with the nullable directives");
            trees.Add(CSharpSyntaxTree.ParseText(text.Replace(Header, "#nullable enable\n", System.StringComparison.Ordinal), GeneratorHarness.ParseOptions, "/generated/" + source.HintName));
        }

        var compilation = GeneratorHarness.CreateCompilation().AddSyntaxTrees(trees);
        Assert.Empty(compilation.GetDiagnostics().Select(d => d.ToString()));
    }

    [Fact]
    public void The_check_sees_a_nullable_warning_in_generated_code()
    {
        // The same compilation options report a possible null dereference in a file that opts into nullable: the
        // clean result above is not warnings being off.
        var probe = CSharpSyntaxTree.ParseText("#nullable enable\npublic static class Probe { public static int Length(string? s) => s.Length; }\n", GeneratorHarness.ParseOptions, "/generated/Probe.g.cs");
        var diagnostics = GeneratorHarness.CreateCompilation().AddSyntaxTrees(probe).GetDiagnostics();
        Assert.Contains(diagnostics, d => d.Id == "CS8602" && d.Severity == DiagnosticSeverity.Error);
    }
}
