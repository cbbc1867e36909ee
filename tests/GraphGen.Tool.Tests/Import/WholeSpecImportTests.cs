using System.IO;
using System.Linq;
using GraphGen.Generator.Schema;
using GraphGen.Tool.Import;
using GraphGen.Tool.Tests.Infrastructure;

namespace GraphGen.Tool.Tests.Import;

/// <summary>The whole v25.0 spec, no roots: what is written, what is left out and counted, and what the loader says.</summary>
[Collection(ImportedSpecsCollection.Name)]
public sealed class WholeSpecImportTests
{
    private readonly Imported _v25;

    public WholeSpecImportTests(ImportedSpecs specs) => _v25 = specs.V25;

    [Fact]
    public void Every_spec_type_and_enum_is_written()
    {
        Assert.Equal(993, _v25.Result.Report.TypeCount);
        Assert.Equal(893, _v25.Result.Report.EnumCount);
        Assert.Equal(993, _v25.Result.Schema.Nodes.Count);
        Assert.Equal(893, _v25.Result.Schema.Enums.Count);
        Assert.Equal("v25.0", _v25.Result.Schema.ApiVersion);
    }

    [Fact]
    public void Every_file_is_under_the_loaders_size_limit()
    {
        Assert.All(Directory.GetFiles(_v25.Folder), path => Assert.True(new FileInfo(path).Length < SchemaLoader.MaxFileBytes, path));
        Assert.True(_v25.Result.Files.Count > 1);
    }

    [Fact]
    public void The_schema_stage_finds_nothing_at_all_and_the_case_clash_overrides_are_names()
    {
        var schema = _v25.Result.Schema;

        Assert.Empty(schema.Diagnostics.Select(d => d.Message));
        // Nine enum pairs differ only in case (AdCreative_status, adcreative_status): the later one gets a name:.
        Assert.Equal(9, schema.Enums.Count(e => e.CSharpName is not null));
        Assert.Contains(schema.Nodes.Single(n => n.Name == "ProductCatalog").Operations, o => o.ParamsName is not null);
    }

    [Fact]
    public void What_the_format_cannot_say_is_counted_by_category()
    {
        var report = _v25.Result.Report;

        Assert.Equal(173, report.Count(ImportGap.OperationReturnsNoObject));
        Assert.Equal(87, report.Count(ImportGap.EdgeItemWithoutSpecFile));
        Assert.Equal(26, report.Count(ImportGap.ApiOnNonNode));
        Assert.Equal(30, report.Count(ImportGap.FileParameter));
        Assert.Equal(6, report.Count(ImportGap.NonStringMapKey));
        Assert.Contains(report.Examples(ImportGap.FileParameter), e => e == "nodes/AdAccount/edges/advideos/operations/POST/params/thumb (file)");
        Assert.Contains("| 87 | edges whose item type has no spec file |", report.ToMarkdown(allExamples: false));
    }

    [Fact]
    public void Type_names_equal_ignoring_case_get_a_distinct_csharp_name_on_the_later_one()
    {
        var enums = File.ReadAllText(Path.Combine(_v25.Folder, "enums-a.graph.yaml"));

        Assert.Contains("  AdCreative_status:\n    values: [ACTIVE, DELETED, IN_PROCESS, WITH_ISSUES]\n", enums);
        Assert.Contains("  adcreative_status:\n    name: AdcreativeStatus2\n", enums);
        Assert.Equal(9, _v25.Result.Report.ApproximationCount("type names equal to another one's ignoring case, given a distinct C# `name:`"));
    }

    [Fact]
    public void Enum_values_without_a_usable_csharp_name_get_an_explicit_one()
    {
        var values = _v25.Result.Schema.Enums.Single(e => e.Name == "ProductItem_review_status").Values;

        Assert.Contains(values, v => v.WireValue.Length == 0 && v.CSharpName == "Empty");
    }
}
