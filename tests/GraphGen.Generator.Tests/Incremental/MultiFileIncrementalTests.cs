using System;
using System.Linq;
using GraphGen.Generator.Model;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Incremental;

/// <summary>
/// Caching across several schema files: an edit to one file re-parses that file only, and regenerates only the
/// outputs of what it declares; the other files' documents and outputs stay cached.
/// </summary>
public sealed class MultiFileIncrementalTests
{
    private static readonly InMemoryAdditionalText Header = new("/schema/a-header.graph.yaml", """
        api_version: v1.0
        namespace: Multi.Api
        nodes:
          Shop:
            root: Shops
            fields:
              id: id
              name: string
            edges:
              items: { target: Item }
        errors:
          100: { name: InvalidParameter, category: validation, description: Invalid parameter }
        """);

    private static readonly InMemoryAdditionalText Items = new("/schema/b-items.graph.yaml", """
        nodes:
          Item:
            fields:
              id: id
              price: float
        """);

    private static readonly InMemoryAdditionalText Enums = new("/schema/c-enums.graph.yaml", """
        enums:
          Colour:
            values: [RED, GREEN]
        structs:
          Label:
            fields:
              text: string
        """);

    [Fact]
    public void Editing_one_of_three_files_reparses_it_alone_and_regenerates_only_its_types()
    {
        var driver = GeneratorHarness.CreateDriver(new[] { Header, Items, Enums });
        var compilation = GeneratorHarness.CreateCompilation("public class A { }");
        driver = driver.RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Diagnostics);

        var edited = Items.WithText(Items.Text + "\n      currency: string\n");
        driver = driver.ReplaceAdditionalText(Items, edited);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Empty(result.Diagnostics);
        var documents = result.TrackedSteps[TrackingNames.Documents].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(3, documents.Count);
        Assert.Equal(
            new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            documents.Select(o => o.Reason));

        var regenerated = result.TrackedOutputSteps.SelectMany(s => s.Value)
            .Where(step => step.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New))
            .Select(step => step.Inputs[0].Source.Outputs[step.Inputs[0].OutputIndex].Value switch
            {
                TypeModel t => "model:" + t.Name,
                TypeMetadataModel m => "metadata:" + m.TypeName,
                var other => other.GetType().Name,
            })
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "metadata:Item", "model:Item" }, regenerated);

        var cachedOutputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .Count(o => o.Reason == IncrementalStepRunReason.Cached);
        Assert.True(cachedOutputs >= 8, $"only {cachedOutputs} outputs were cached");
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Item.Model.g.cs" && s.SourceText.ToString().Contains("public string? Currency"));
    }

    [Fact]
    public void Editing_the_enum_file_regenerates_the_enum_and_nothing_of_the_other_files()
    {
        var driver = GeneratorHarness.CreateDriver(new[] { Header, Items, Enums });
        var compilation = GeneratorHarness.CreateCompilation("public class A { }");
        driver = driver.RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(Enums, Enums.WithText(Enums.Text.Replace("[RED, GREEN]", "[RED, GREEN, BLUE]", StringComparison.Ordinal)));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(
            new[] { "Colour.Enum.g.cs" },
            result.TrackedOutputSteps.SelectMany(s => s.Value)
                .Where(step => step.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New))
                .Select(step => step.Inputs[0].Source.Outputs[step.Inputs[0].OutputIndex].Value)
                .Select(v => v is EnumModel e ? e.Name + ".Enum.g.cs" : v.GetType().Name));
        Assert.All(
            result.TrackedSteps[TrackingNames.TypeModel].Concat(result.TrackedSteps[TrackingNames.RequestModel]).SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }
}
