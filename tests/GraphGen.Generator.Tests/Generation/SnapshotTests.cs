using System.Collections.Generic;
using System.Linq;
using GraphGen.Generator.Tests.Infrastructure;
using GraphGen.Generator.Tests.Snapshots;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// Every generated file is compared with its committed <c>*.verified.cs</c>: a diff in a pull request is the review
/// of the generated code. A new or removed output fails too, so the file set is under review as well.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Shipped_schema_output_matches_the_verified_snapshots()
        => AssertSnapshots(GeneratorHarness.ShippedSchema(), "Shipped");

    [Fact]
    public void Small_test_schema_output_matches_the_verified_snapshots()
        => AssertSnapshots(new[] { GeneratorHarness.TestSchema("small.graph.yaml") }, "Small");

    [Fact]
    public void Names_test_schema_output_matches_the_verified_snapshots()
        => AssertSnapshots(new[] { GeneratorHarness.TestSchema("names.graph.yaml") }, "Names");

    /// <summary>
    /// One small schema per feature (TestSchemas/Features), each with its own snapshot folder, so a change to one
    /// feature's output reads as a small diff of its own; the shipped schema stays the smoke test.
    /// </summary>
    [Theory]
    [InlineData("deprecated")]
    [InlineData("inline-struct")]
    [InlineData("one-of")]
    [InlineData("query-edge")]
    [InlineData("value-returns")]
    [InlineData("raw-json-edge")]
    [InlineData("map-keys")]
    [InlineData("file-params")]
    [InlineData("id-prefix")]
    [InlineData("odd-enum")]
    [InlineData("operation-on-other-node")]
    public void Feature_schema_output_matches_its_verified_snapshots(string feature)
    {
        var schema = GeneratorHarness.TestSchema("Features/" + feature + ".graph.yaml");
        var (_, output, _) = GeneratorHarness.Run(new[] { schema });
        Assert.Empty(output.GetDiagnostics().Select(d => d.ToString()));
        AssertSnapshots(new[] { schema }, "Features/" + feature);
    }

    [Fact]
    public void Every_feature_schema_has_its_snapshot_test()
    {
        var schemas = System.IO.Directory.GetFiles(System.IO.Path.Combine(System.AppContext.BaseDirectory, "TestSchemas", "Features"), "*.graph.yaml")
            .Select(f => System.IO.Path.GetFileName(f).Replace(".graph.yaml", string.Empty))
            .OrderBy(n => n, System.StringComparer.Ordinal);
        var tested = typeof(SnapshotTests).GetMethod(nameof(Feature_schema_output_matches_its_verified_snapshots))!
            .GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Cast<InlineDataAttribute>()
            .Select(a => (string)a.GetData(null!).Single()[0])
            .OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(schemas, tested);
    }

    private static void AssertSnapshots(IEnumerable<AdditionalText> schema, string folder)
    {
        var (result, _, _) = GeneratorHarness.Run(schema);
        Assert.Empty(result.Diagnostics);
        var sources = result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal).ToList();
        Assert.NotEmpty(sources);

        var failures = new List<string>();
        foreach (var source in sources)
        {
            try
            {
                SnapshotAssert.Matches(source.SourceText.ToString(), "Snapshots/" + folder, source.HintName.Replace(".g.cs", string.Empty));
            }
            catch (SnapshotMismatchException ex)
            {
                failures.Add(ex.Message);
            }
        }

        var expected = sources.Select(s => s.HintName.Replace(".g.cs", ".verified.cs")).ToHashSet();
        var stale = SnapshotFiles(folder).Where(f => !expected.Contains(f)).ToList();
        failures.AddRange(stale.Select(f => $"Snapshot {f} has no generated file any more: delete it."));
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static IEnumerable<string> SnapshotFiles(string folder, [System.Runtime.CompilerServices.CallerFilePath] string callerFile = "")
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(SnapshotAssert.SourcePath(callerFile))!, "Snapshots", folder);
        return System.IO.Directory.Exists(directory)
            ? System.IO.Directory.GetFiles(directory, "*.verified.cs").Select(f => System.IO.Path.GetFileName(f)!)
            : Enumerable.Empty<string>();
    }
}
