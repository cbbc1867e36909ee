using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GraphGen.Generator.Tests.Incremental;

/// <summary>
/// The pipeline stays cacheable: the IDE re-runs the generator on every keystroke, so an unrelated C# edit must
/// regenerate nothing and a one-node YAML edit must regenerate that node's files only.
/// </summary>
public sealed class IncrementalTests
{
    // Every step the generator names, collected by reflection so that a new step cannot be forgotten here.
    private static readonly string[] ModelSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    [Fact]
    public void Every_tracking_name_is_collected()
        => Assert.Contains(TrackingNames.Names, ModelSteps);

    [Fact]
    public void Unrelated_csharp_edit_leaves_every_step_cached_and_regenerates_nothing()
    {
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.ShippedSchema());
        var compilation = GeneratorHarness.CreateCompilation("public class A { }");
        driver = driver.RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class B { public int X => 1; }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in ModelSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} is not tracked");
            Assert.All(
                result.TrackedSteps[step].SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(outputs);
        Assert.All(outputs, o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_node_in_yaml_regenerates_only_that_nodes_outputs()
    {
        var schema = GeneratorHarness.TestSchema("small.graph.yaml");
        var driver = GeneratorHarness.CreateDriver(new[] { schema });
        var compilation = GeneratorHarness.CreateCompilation("public class A { }");
        driver = driver.RunGenerators(compilation);

        // One new field on Logo: every line below it moves, yet only Logo's outputs may change.
        var editedText = schema.Text.Replace("      url: string\n", "      url: string\n      height: int32\n");
        Assert.NotEqual(schema.Text, editedText);
        driver = driver.ReplaceAdditionalText(schema, schema.WithText(editedText));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var changedTypes = result.TrackedSteps[TrackingNames.TypeModel]
            .SelectMany(s => s.Outputs)
            .Where(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)
            .Select(o => ((GraphGen.Generator.Model.TypeModel)o.Value).Name)
            .ToList();
        Assert.Equal(new[] { "Logo" }, changedTypes);

        Assert.All(
            result.TrackedSteps[TrackingNames.RequestModel].Concat(result.TrackedSteps[TrackingNames.EnumModel]).SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));

        // The Logo TypeModel (its Model, Json and Fields files) and Logo's schema metadata; nothing else.
        var regenerated = result.TrackedOutputSteps.SelectMany(s => s.Value)
            .Where(step => step.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New))
            .Select(step => step.Inputs[0].Source.Outputs[step.Inputs[0].OutputIndex].Value switch
            {
                GraphGen.Generator.Model.TypeModel t => "model:" + t.Name,
                GraphGen.Generator.Model.TypeMetadataModel m => "metadata:" + m.TypeName,
                var other => other.GetType().Name,
            })
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "metadata:Logo", "model:Logo" }, regenerated);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Logo.Model.g.cs" && s.SourceText.ToString().Contains("public int? Height"));
    }

    [Fact]
    public void Pipeline_values_hold_no_compilation_symbol_syntax_or_location()
    {
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.ShippedSchema().Concat(new[] { GeneratorHarness.TestSchema("small.graph.yaml") }));
        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation("public class A { }")).GetRunResult().Results.Single();

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        // Our own steps only: Roslyn's input steps (AdditionalTexts, Compilation...) and SchemaFiles (the filtered
        // AdditionalTextsProvider) carry the inputs themselves, not pipeline state.
        var ours = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).Where(n => n != TrackingNames.SchemaFiles).ToHashSet();
        foreach (var step in result.TrackedSteps.Where(s => ours.Contains(s.Key)))
        {
            foreach (var output in step.Value.SelectMany(s => s.Outputs))
            {
                AssertNoRoslynState(output.Value, step.Key, visited);
            }
        }

        Assert.True(visited.Count > 1000, $"the walk visited only {visited.Count} objects");
    }

    // DiagnosticDescriptor is static, equatable data: allowed, not walked. Everything tied to a compilation is not.
    private static void AssertNoRoslynState(object? value, string path, HashSet<object> visited)
        => PipelineValues.Walk(value, path, static (item, at) =>
        {
            Assert.False(
                item is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel or AdditionalText,
                $"{at} holds a {item.GetType().Name}");
            return item is not DiagnosticDescriptor;
        }, visited);
}
