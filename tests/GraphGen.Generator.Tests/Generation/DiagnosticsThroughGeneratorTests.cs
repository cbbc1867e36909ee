using System;
using System.Linq;
using GraphGen.Generator.Tests.Infrastructure;
using GraphGen.Generator.Tests.Schema;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// The bad-schema corpus run through the real generator: each case surfaces as compiler diagnostics with the right
/// id and YAML file/line/column, and never as a generator crash (CS8785) or GG9999.
/// </summary>
public sealed class DiagnosticsThroughGeneratorTests
{
    public static System.Collections.Generic.IEnumerable<object[]> Cases() => BadSchemaCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Bad_schema_surfaces_as_located_compiler_diagnostics(string caseName)
    {
        var badCase = BadSchemaCase.Load(caseName);
        var texts = badCase.Files.Select(f => new InMemoryAdditionalText(f.Name, f.Text)).ToArray();

        var (result, output, driverDiagnostics) = GeneratorHarness.Run(texts);

        Assert.DoesNotContain(driverDiagnostics, d => d.Id is "CS8785" or "GG9999");
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        var actual = result.Diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{span.Path}: {d.Id}@{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
            })
            .OrderBy(a => a, StringComparer.Ordinal);
        Assert.Equal(string.Join("\n", badCase.Expected), string.Join("\n", actual));
        AssertNoCSharpDiagnostics(result, output);
    }

    [Theory]
    [MemberData(nameof(CollisionCases))]
    public void Name_collision_is_a_located_gg_diagnostic_and_never_a_csharp_error(string caseName)
    {
        var collision = BadSchemaCase.Load(caseName, BadSchemaCase.CollisionsRoot);
        var texts = collision.Files.Select(f => new InMemoryAdditionalText(f.Name, f.Text)).ToArray();

        var (result, output, driverDiagnostics) = GeneratorHarness.Run(texts);

        Assert.DoesNotContain(driverDiagnostics, d => d.Id is "CS8785" or "GG9999");
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.NotEmpty(collision.Expected);
        Assert.Equal(string.Join("\n", collision.Expected), string.Join("\n", Located(result)));
        AssertNoCSharpDiagnostics(result, output);
    }

    public static System.Collections.Generic.IEnumerable<object[]> CollisionCases() => BadSchemaCase.Names(BadSchemaCase.CollisionsRoot);

    [Fact]
    public void Collision_corpus_has_at_least_thirty_cases()
        => Assert.True(CollisionCases().Count() >= 30, "NameCollisions/ should hold at least 30 cases");

    private static System.Collections.Generic.IEnumerable<string> Located(GeneratorDriverRunResult result)
        => result.Diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{span.Path}: {d.Id}@{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
            })
            .OrderBy(a => a, StringComparer.Ordinal);

    /// <summary>
    /// Errors stop cleanly: a schema with a GG error emits no C#, so the user sees the GG diagnostics and nothing else;
    /// a schema with warnings only still compiles without a single C# diagnostic.
    /// </summary>
    private static void AssertNoCSharpDiagnostics(GeneratorDriverRunResult result, Compilation output)
    {
        // DefaultSeverity: the test compilation reports warnings as errors.
        if (result.Diagnostics.Any(d => d.DefaultSeverity == DiagnosticSeverity.Error))
        {
            Assert.Empty(result.GeneratedTrees);
        }

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
    }

    [Fact]
    public void A_schema_diagnostic_carries_its_help_link_and_error_severity()
    {
        var (result, _, _) = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("x.graph.yaml", "api_version: v1.0\nnamespace: X\nnodes:\n  A:\n    fields:\n      id: strnig\n") });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GG0010", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("https://github.com/graphgen/graphgen/blob/main/docs/diagnostics.md#gg0010", diagnostic.Descriptor.HelpLinkUri);
        Assert.Equal(5, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }
}
