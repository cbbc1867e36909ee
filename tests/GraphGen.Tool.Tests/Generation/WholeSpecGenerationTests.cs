using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using GraphGen.Generator.Common;
using GraphGen.Generator.Schema.Model;
using GraphGen.Generator.Tests.Infrastructure;
using GraphGen.Tool.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace GraphGen.Tool.Tests.Generation;

/// <summary>
/// The whole v25.0 spec, imported with no roots, through the generator and the C# compiler: what a user who keeps
/// all of Facebook's API in a project gets (5,165 files, 35 MB of C#). The generator run and the declaration-level
/// compile cover every file; method bodies are compiled for a sample of types, because binding all 35 MB takes
/// minutes on a CI machine. <c>GRAPHGEN_COMPILE_WHOLE_SPEC=1</c> compiles everything.
/// </summary>
[Collection(ImportedSpecsCollection.Name)]
public sealed class WholeSpecGenerationTests
{
    private const string CompileEverythingVariable = "GRAPHGEN_COMPILE_WHOLE_SPEC";

    // Central types with many edges and operations, plus one type without fields.
    private static readonly string[] BodySample = { "User", "AdAccount", "Page", "Business", "ProductCatalog", "CustomAudience", "AdCreative", "Campaign", "SecuritySettings" };

    private readonly Imported _v25;
    private readonly ITestOutputHelper _output;

    public WholeSpecGenerationTests(ImportedSpecs specs, ITestOutputHelper output)
    {
        _v25 = specs.V25;
        _output = output;
    }

    [Fact]
    public void The_whole_v25_import_generates_every_type_and_compiles_without_a_single_error()
    {
        var texts = _v25.Result.Files.Select(f => new InMemoryAdditionalText("/schema/" + f.Key, f.Value)).ToList();
        var clock = Stopwatch.StartNew();

        var (result, output, diagnostics) = GeneratorHarness.Run(texts);
        _output.WriteLine($"generator: {clock.Elapsed.TotalSeconds:0.0} s, {result.GeneratedTrees.Length} files, {result.GeneratedTrees.Sum(t => t.Length)} chars, {result.GeneratedTrees.Sum(t => t.GetText().Lines.Count)} lines");

        // An exception escaping the generator is CS8785 for the user; GraphGen turns its own failures into GG9999.
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(diagnostics, d => d.Id == "CS8785");
        // The harness reports warnings as errors: not even a GG warning (the importer's name: and params_name: are read).
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        AssertEveryTypeGenerated(result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ToHashSet(StringComparer.Ordinal));

        clock.Restart();
        var errors = output.GetDeclarationDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var sample = result.GeneratedTrees.Where(t => BodySample.Contains(Path.GetFileName(t.FilePath).Split('.')[0])).ToList();
        errors.AddRange(sample.SelectMany(t => output.GetSemanticModel(t).GetMethodBodyDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error));
        if (Environment.GetEnvironmentVariable(CompileEverythingVariable) == "1")
        {
            errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        }

        _output.WriteLine($"compile: {clock.Elapsed.TotalSeconds:0.0} s, {errors.Count} errors");
        Assert.Empty(errors.Select(e => e.ToString()));
    }

    // Following edges, User reaches 496 of the 993 nodes and structs (Facebook's edges tie most of the API together);
    // with GraphGenFollowEdges=false, 130.
    [Theory]
    [InlineData(true, 3, 4)]
    [InlineData(false, 1, 5)]
    public void The_whole_v25_import_with_root_User_generates_only_what_User_reaches_and_compiles(bool followEdges, int shareNumerator, int shareDenominator)
    {
        var texts = _v25.Result.Files.Select(f => new InMemoryAdditionalText("/schema/" + f.Key, f.Value)).ToList();
        var options = new Dictionary<string, string>
        {
            ["build_property.GraphGenRoots"] = "User",
            ["build_property.GraphGenFollowEdges"] = followEdges ? "true" : "false",
        };
        var clock = Stopwatch.StartNew();

        var (result, output, diagnostics) = GeneratorHarness.Run(texts, options);
        _output.WriteLine($"generator with roots User, follow edges {followEdges}: {clock.Elapsed.TotalSeconds:0.0} s, {result.GeneratedTrees.Length} files, " +
            $"{result.GeneratedTrees.Sum(t => t.Length)} chars, {result.GeneratedTrees.Sum(t => t.GetText().Lines.Count)} lines");

        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.Empty(diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()));
        var models = result.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).Where(h => h.EndsWith(".Model.g.cs", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var schema = _v25.Result.Schema;
        Assert.Contains("User.Model.g.cs", models);
        Assert.Contains("AdAccount.Model.g.cs", models);             // User.adaccounts, or fields that lead there
        Assert.DoesNotContain("AdCampaignPlacement.Model.g.cs", models); // nothing from User leads there
        Assert.True(models.Count < schema.Nodes.Count * shareNumerator / shareDenominator, $"{models.Count} of {schema.Nodes.Count} nodes and structs generated");

        // Declarations of every file and bodies of the sample that User reaches, as for the whole import.
        clock.Restart();
        var errors = output.GetDeclarationDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var sample = result.GeneratedTrees.Where(t => BodySample.Contains(Path.GetFileName(t.FilePath).Split('.')[0])).ToList();
        Assert.NotEmpty(sample);
        errors.AddRange(sample.SelectMany(t => output.GetSemanticModel(t).GetMethodBodyDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error));
        _output.WriteLine($"compile: {clock.Elapsed.TotalSeconds:0.0} s, {errors.Count} errors");
        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public void GraphGenRoots_on_the_whole_import_keeps_the_same_types_as_importing_with_the_same_roots()
    {
        using var temp = new TempFolder();
        var imported = GraphGen.Tool.Import.Importer.Run(
            new GraphGen.Tool.Import.ImportOptions(SpecTarballs.V25, temp.Sub("out")) { Roots = ["User"] }, GraphGen.Tool.Cli.Progress.Silent).Schema;

        var selected = GraphGen.Generator.Schema.RootSelection.Apply(_v25.Result.Schema, new GenerationRoots(new[] { "User" }.ToEquatableArray()), default);

        Assert.DoesNotContain(selected.Diagnostics, d => d.Descriptor.DefaultSeverity == DiagnosticSeverity.Error);
        Assert.Equal(imported.Nodes.Select(n => n.Name).OrderBy(n => n, StringComparer.Ordinal), selected.Nodes.Select(n => n.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(imported.Enums.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal), selected.Enums.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    /// <summary>Every node, struct and enum has its files, under the C# name the YAML gave it (name:) or its key.</summary>
    private void AssertEveryTypeGenerated(HashSet<string> hintNames)
    {
        var schema = _v25.Result.Schema;
        Assert.All(schema.Nodes, n => Assert.Contains((n.CSharpName?.Name ?? n.Name) + ".Model.g.cs", hintNames));
        Assert.All(schema.Nodes.Where(n => n.Kind == NodeKind.Node), n => Assert.Contains((n.CSharpName?.Name ?? n.Name) + ".Requests.g.cs", hintNames));
        Assert.All(schema.Enums, e => Assert.Contains((e.CSharpName?.Name ?? e.Name) + ".Enum.g.cs", hintNames));
    }
}
