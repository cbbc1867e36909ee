using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// The compiler server and the IDE run the generator for several compilations at once in one process. The parsed
/// templates, the member accessors and the pooled Scriban contexts are shared by those runs: concurrent runs, more
/// of them than the pool keeps, must produce exactly what one run alone produces.
/// </summary>
public sealed class ParallelRunTests
{
    [Fact]
    public async Task Concurrent_runs_over_different_schemas_generate_the_same_sources_as_runs_alone()
    {
        var schemas = new[]
        {
            GeneratorHarness.ShippedSchema().Cast<AdditionalText>().ToArray(),
            new AdditionalText[] { GeneratorHarness.TestSchema("small.graph.yaml") },
            new AdditionalText[] { GeneratorHarness.TestSchema("Features/one-of.graph.yaml") },
            new AdditionalText[] { GeneratorHarness.TestSchema("names.graph.yaml") },
        };
        var alone = schemas.Select(Sources).ToArray();

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 48).Select(i => Task.Run(() => (Schema: i % schemas.Length, Sources: Sources(schemas[i % schemas.Length])))));

        foreach (var (schema, sources) in concurrent)
        {
            Assert.Equal(alone[schema], sources);
        }
    }

    private static IReadOnlyList<(string HintName, string Text)> Sources(AdditionalText[] schema)
    {
        var (result, _, _) = GeneratorHarness.Run(schema);
        var sources = result.Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        Assert.NotEmpty(sources);
        return sources;
    }
}
