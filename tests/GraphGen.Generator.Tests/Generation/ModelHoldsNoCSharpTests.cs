using System;
using System.Collections.Generic;
using System.Linq;
using GraphGen.Generator.Model;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// Model describes, Emit writes: the records the Model stage hands to the templates hold names, types, flags and the
/// schema's own text, never C# or XML doc markup, so where a piece of generated text comes from is always Emit.
/// </summary>
public sealed class ModelHoldsNoCSharpTests
{
    // What only C# or XML doc text contains. Names are namespace-qualified without "global::"; descriptions are raw.
    private static readonly string[] CSharpMarkers = { "global::", "<summary>", "<c>", "<see ", "&lt;", "&gt;", "&amp;", "\"u8", "=>", "?? " };

    private static readonly string[] ModelSteps =
    {
        TrackingNames.TypeModels, TrackingNames.RequestModels, TrackingNames.MetadataModels,
        TrackingNames.EnumModels, TrackingNames.ErrorCatalog, TrackingNames.Client,
    };

    [Fact]
    public void Model_records_hold_no_csharp_or_xml_doc_text()
    {
        var strings = ModelStrings(GeneratorHarness.ShippedSchema(), out var visited);
        strings.AddRange(ModelStrings(new[] { GeneratorHarness.TestSchema("small.graph.yaml") }, out _));

        Assert.True(visited > 1000, $"the walk visited only {visited} objects");
        var offending = strings
            .Where(s => CSharpMarkers.Any(m => s.Value.Contains(m, StringComparison.Ordinal)))
            .Select(s => $"{s.Path} = {s.Value}")
            .ToList();
        Assert.True(offending.Count == 0, string.Join("\n", offending));
    }

    [Fact]
    public void Descriptions_stay_as_the_schema_wrote_them_and_are_escaped_in_the_generated_docs()
    {
        // small.graph.yaml: Shop.name is described as: The shop's <name> & "title".
        const string description = "The shop's <name> & \"title\".";
        var strings = ModelStrings(new[] { GeneratorHarness.TestSchema("small.graph.yaml") }, out _);
        Assert.Contains(strings, s => s.Value == description && s.Path.Contains(".Doc.DescriptionLines", StringComparison.Ordinal));

        var (_, output, _) = GeneratorHarness.Run(new[] { GeneratorHarness.TestSchema("small.graph.yaml") });
        var model = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Shop.Model.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("/// <summary>The shop's &lt;name&gt; &amp; \"title\".</summary>", model, StringComparison.Ordinal);
    }

    private static List<(string Path, string Value)> ModelStrings(IEnumerable<AdditionalText> schema, out int visitedCount)
    {
        var driver = GeneratorHarness.CreateDriver(schema);
        var result = driver.RunGenerators(GeneratorHarness.CreateCompilation("public class A { }")).GetRunResult().Results.Single();
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var strings = new List<(string, string)>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var step in ModelSteps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"step {step} is not tracked");
            foreach (var output in result.TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                PipelineValues.Walk(output.Value, step, (item, at) =>
                {
                    if (item is string text)
                    {
                        strings.Add((at, text));
                    }

                    return true;
                }, visited);
            }
        }

        visitedCount = visited.Count;
        return strings;
    }
}
