using System.Collections.Generic;
using System.Linq;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// <c>GraphGenRoots</c>: only the types the roots reach are generated (through fields, edges, edge and node
/// operations, structs and enums), the error catalog always; an unknown root is GG0030 and no C#.
/// </summary>
public sealed class RootSelectionTests
{
    private static readonly string[] Everything = { "User", "Album", "Photo", "AdAccount", "Campaign", "Place", "Country", "Tag", "Success", "UserStatus", "Currency" };

    [Fact]
    public void Without_roots_every_type_is_generated()
    {
        Assert.Equal(Everything.OrderBy(n => n), GeneratedTypes(roots: null).Intersect(Everything).OrderBy(n => n));
    }

    [Fact]
    public void Root_User_generates_what_user_reaches_and_nothing_else_and_it_compiles()
    {
        var (result, output, diagnostics) = Run("User");

        Assert.Empty(diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var types = TypesOf(result);
        Assert.Equal(new[] { "Album", "Country", "Photo", "Place", "Success", "Tag", "User", "UserStatus" }, types.Intersect(Everything).OrderBy(n => n));
        Assert.DoesNotContain(types, t => t is "AdAccount" or "Campaign" or "Currency");
        Assert.Contains("GraphErrorCode", types);
        var hints = result.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("GraphErrorCode.g.cs", hints);
        Assert.DoesNotContain(hints, h => h.StartsWith("AdAccount", System.StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Several_roots_in_any_separator_generate_the_union_of_their_closures()
    {
        var types = GeneratedTypes("Campaign; UserStatus,Country");

        Assert.Equal(new[] { "Campaign", "Country", "UserStatus" }, types.Intersect(Everything).OrderBy(n => n));
    }

    [Fact]
    public void Without_following_edges_an_edge_is_kept_only_to_a_type_kept_for_another_reason()
    {
        var (result, output, _) = Run("User", followEdges: false);

        Assert.Equal(new[] { "Country", "Place", "Success", "User", "UserStatus" }, TypesOf(result).Intersect(Everything).OrderBy(n => n));
        Assert.DoesNotContain("Albums", Source(result, "User.Requests.g.cs"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Without_following_edges_naming_the_target_as_a_root_brings_the_edge_and_what_its_operations_need()
    {
        var (result, output, _) = Run("User;Album", followEdges: false);

        Assert.Equal(new[] { "Album", "Country", "Photo", "Place", "Success", "Tag", "User", "UserStatus" }, TypesOf(result).Intersect(Everything).OrderBy(n => n));
        Assert.Contains("Albums", Source(result, "User.Requests.g.cs"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Unknown_root_is_gg0030_naming_the_property_with_a_suggestion_and_no_csharp()
    {
        var (result, _, diagnostics) = Run("User;Campain");

        var diagnostic = Assert.Single(diagnostics, d => d.Id == "GG0030");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Equal("'Campain' in the MSBuild property GraphGenRoots is not a node, struct or enum of the schema (did you mean 'Campaign'?)", diagnostic.GetMessage());
        Assert.Empty(result.Results.Single().GeneratedSources);
    }

    [Fact]
    public void Changing_the_roots_reruns_the_selection_and_an_unrelated_edit_keeps_it_cached()
    {
        var schema = new[] { GeneratorHarness.TestSchema("roots.graph.yaml") };
        var options = new Dictionary<string, string> { ["build_property.GraphGenRoots"] = "User" };
        var driver = GeneratorHarness.CreateDriver(schema, options);
        var compilation = GeneratorHarness.CreateCompilation("public class A { }");
        driver = driver.RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { }", GeneratorHarness.ParseOptions));
        var cached = driver.RunGenerators(edited).GetRunResult().Results.Single();
        foreach (var step in new[] { TrackingNames.Roots, TrackingNames.Reachable, TrackingNames.Names })
        {
            Assert.All(cached.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        var reRooted = GeneratorHarness.CreateDriver(schema, new Dictionary<string, string> { ["build_property.GraphGenRoots"] = "AdAccount" })
            .RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Contains("AdAccount.Model.g.cs", reRooted.GeneratedSources.Select(s => s.HintName));
        Assert.DoesNotContain("User.Model.g.cs", reRooted.GeneratedSources.Select(s => s.HintName));
    }

    private static (GeneratorDriverRunResult Result, Compilation Output, System.Collections.Immutable.ImmutableArray<Diagnostic> Diagnostics) Run(string? roots, bool followEdges = true)
    {
        var options = new Dictionary<string, string>();
        if (roots is not null) options["build_property.GraphGenRoots"] = roots;
        if (!followEdges) options["build_property.GraphGenFollowEdges"] = "false";
        return GeneratorHarness.Run(new[] { GeneratorHarness.TestSchema("roots.graph.yaml") }, options);
    }

    private static string Source(GeneratorDriverRunResult result, string hintName) =>
        result.Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    private static List<string> GeneratedTypes(string? roots) => TypesOf(Run(roots).Result);

    // Top-level type names declared by the generated sources.
    private static List<string> TypesOf(GeneratorDriverRunResult result) => result.Results.Single().GeneratedSources
        .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
        .Where(t => t.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.BaseNamespaceDeclarationSyntax)
        .Select(t => t.Identifier.Text)
        .Distinct()
        .ToList();
}
