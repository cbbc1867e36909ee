using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GraphGen.Benchmarks.Generator;

/// <summary>
/// What the incremental benchmarks cannot show by timing: which outputs a primed driver regenerates after an edit.
/// Runs a step-tracking driver and counts the reasons of every output step.
/// </summary>
public static class GeneratorIncrementalCheck
{
    public static IEnumerable<string> Run()
    {
        var schema = GeneratorRig.ShippedSchema();
        var compilation = GeneratorRig.CreateCompilation("public class A { }");
        var primed = GeneratorRig.CreateDriver(schema, trackSteps: true).RunGenerators(compilation);
        int total = GeneratorRig.GeneratedFileCount(primed);

        var afterCSharp = primed.RunGenerators(GeneratorBenchmarks.EditedCompilation(compilation));
        yield return $"Unrelated C# edit: {Describe(afterCSharp)} ({total} files generated in all)";

        var user = schema.Single(s => s.Path.EndsWith("/user.graph.yaml", System.StringComparison.Ordinal));
        var afterYaml = primed.ReplaceAdditionalText(user, GeneratorBenchmarks.EditedUserYaml(user)).RunGenerators(compilation);
        yield return $"One-field YAML edit (User): {Describe(afterYaml)}";
    }

    /// <summary>
    /// Where a cold run's time goes: the elapsed time of every tracked step, summed by step name, for the shipped
    /// schema and the 100-node synthetic one (one run each after a warm-up run, so JIT is excluded).
    /// </summary>
    public static IEnumerable<string> ColdStepTimes()
    {
        var compilation = GeneratorRig.CreateCompilation("public class A { }");
        foreach (var (name, schema) in new[] { ("shipped schema", GeneratorRig.ShippedSchema()), ("synthetic 100 nodes", SyntheticSchema.Create(100)) })
        {
            GeneratorRig.CreateDriver(schema, trackSteps: true).RunGenerators(compilation);
            var driver = GeneratorRig.CreateDriver(schema, trackSteps: true).RunGenerators(compilation);
            var result = driver.GetRunResult().Results.Single();
            var steps = result.TrackedSteps.Concat(result.TrackedOutputSteps)
                .Select(kv => (Step: kv.Key, Ms: kv.Value.Sum(s => s.ElapsedTime.TotalMilliseconds)))
                .OrderByDescending(s => s.Ms)
                .Take(6)
                .Select(s => $"{s.Step} {s.Ms:N1} ms");
            yield return $"Cold run, {name}: {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:N1} ms in the generator; top steps: {string.Join(", ", steps)}";
        }
    }

    private static string Describe(GeneratorDriver driver)
    {
        var outputs = driver.GetRunResult().Results
            .SelectMany(r => r.TrackedOutputSteps.Values)
            .SelectMany(steps => steps)
            .SelectMany(step => step.Outputs)
            .GroupBy(o => o.Reason)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key}");
        return "output steps " + string.Join(", ", outputs);
    }
}
