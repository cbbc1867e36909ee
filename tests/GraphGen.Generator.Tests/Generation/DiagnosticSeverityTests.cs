using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using GraphGen.Generator.Diagnostics;
using GraphGen.Generator.Schema;
using GraphGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GraphGen.Generator.Tests.Generation;

/// <summary>
/// What docs/diagnostics.md says about severities, through the generator: the two warnings (GG0002, GG0006) are
/// warnings and do not stop generation; GG0003 (a file over 1 MiB) is an error and the file is not read; and the table
/// of every id matches the descriptors the generator reports.
/// </summary>
public sealed class DiagnosticSeverityTests
{
    private const string ValidSchema = "api_version: v1.0\nnamespace: X\nnodes:\n  A:\n    fields:\n      id: id\n";

    [Fact]
    public void Empty_file_is_a_gg0002_warning_and_the_other_files_are_still_generated()
    {
        var result = RunWithoutWarningsAsErrors(
            new InMemoryAdditionalText("/p/a.graph.yaml", ValidSchema),
            new InMemoryAdditionalText("/p/empty.graph.yaml", "# The Page node will be described here.\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GG0002", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.DefaultSeverity);
        Assert.Equal("/p/empty.graph.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("A.Model.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_key_is_a_gg0006_warning_and_generation_goes_on()
    {
        var result = RunWithoutWarningsAsErrors(new InMemoryAdditionalText("/p/a.graph.yaml", ValidSchema + "    colour: blue\n"));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GG0006", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(6, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("A.Model.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void File_over_one_mebibyte_is_a_gg0003_error_at_its_start_not_a_crash()
    {
        // Valid YAML all the way: only the size is wrong.
        string large = ValidSchema + string.Concat(Enumerable.Repeat("# padding padding padding padding padding padding padding padding\n", SchemaLoader.MaxFileBytes / 64 + 1));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(large) > SchemaLoader.MaxFileBytes);

        var (result, _, driverDiagnostics) = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/p/large.graph.yaml", large) });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GG0003", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/p/large.graph.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(SchemaLoader.MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain(result.GeneratedTrees, t => t.FilePath.EndsWith("A.Model.g.cs", StringComparison.Ordinal));
        Assert.DoesNotContain(driverDiagnostics, d => d.Id is "CS8785" or "GG9999");
    }

    [Fact]
    public void File_of_exactly_one_mebibyte_is_read()
    {
        string padding = "# " + new string('x', 61) + "\n";
        string text = ValidSchema + string.Concat(Enumerable.Repeat(padding, (SchemaLoader.MaxFileBytes - ValidSchema.Length) / padding.Length));
        text += new string('\n', SchemaLoader.MaxFileBytes - text.Length);
        Assert.Equal(SchemaLoader.MaxFileBytes, System.Text.Encoding.UTF8.GetByteCount(text));

        var (result, _, _) = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/p/edge.graph.yaml", text) });

        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("A.Model.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Severity_and_title_of_every_id_in_the_docs_table_match_the_descriptors()
    {
        // The generator's catalogue and the analyzer's (GG0029) share one id space: ToDictionary fails on a reused id.
        var descriptors = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(GraphGen.Analyzers.AnalyzerDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToDictionary(d => d.Id, StringComparer.Ordinal);
        string docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics.md"));
        var rows = Regex.Matches(docs, @"^\| \[(GG\d{4})\]\(#gg\d{4}\) \| (error|warning) \| (.+?) \|$", RegexOptions.Multiline)
            .Select(m => (Id: m.Groups[1].Value, Severity: m.Groups[2].Value, Title: m.Groups[3].Value))
            .ToList();

        Assert.Equal(descriptors.Keys.OrderBy(k => k, StringComparer.Ordinal), rows.Select(r => r.Id).OrderBy(k => k, StringComparer.Ordinal));
        Assert.All(rows, row =>
        {
            var descriptor = descriptors[row.Id];
            Assert.Equal(row.Severity, descriptor.DefaultSeverity.ToString().ToLowerInvariant());
            Assert.Equal(row.Title, descriptor.Title.ToString());
            Assert.Contains("## " + row.Id + "\n", docs, StringComparison.Ordinal);
        });
        // GG0029 is the analyzer's (a field read but not selected), a warning like every analyzer finding.
        Assert.Equal(new[] { "GG0002", "GG0006", "GG0028", "GG0029" }, rows.Where(r => r.Severity == "warning").Select(r => r.Id));
    }

    // The harness compiles with every warning as an error (like the repository); a user's project without
    // TreatWarningsAsErrors is where "warning" is visible as such.
    private static GeneratorDriverRunResult RunWithoutWarningsAsErrors(params InMemoryAdditionalText[] texts)
    {
        var compilation = GeneratorHarness.CreateCompilation("public class A { }");
        compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Default));
        return GeneratorHarness.CreateDriver(texts).RunGenerators(compilation).GetRunResult();
    }

    private static string RepositoryRoot()
        => typeof(DiagnosticSeverityTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;
}
