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

        // Everything else of the spec has a construct: value returns (json), raw-JSON edges, scalar map keys, file
        // parameters, and the types whose only calls are genGet/genDelete or edges are nodes. Left: one list of files.
        Assert.Equal(new[] { "nodes/Business/edges/self_certify_whatsapp_business/operations/POST/params/business_documents (list<file>)" }, report.Examples(ImportGap.FileParameter));
        Assert.Equal(1, report.SkippedTotal);
        Assert.Equal(111, report.ApproximationCount("operation results and edge items without a spec file (or not an object), written as `json`"));
    }

    [Fact]
    public void Every_spec_type_is_a_schema_type_of_the_same_name_and_every_type_with_an_api_is_a_node()
    {
        var catalog = SpecJsonReader.Read(SpecFolder.Open(SpecTarballs.V25));
        var schema = _v25.Result.Schema;
        var nodes = schema.Nodes.ToDictionary(n => n.Name, System.StringComparer.Ordinal);

        Assert.Equal(993, catalog.Types.Count);
        Assert.All(catalog.Types, t => Assert.True(nodes.ContainsKey(t.Name), t.Name));
        Assert.All(catalog.Types.Where(t => t.Apis.Count > 0), t => Assert.Equal(GraphGen.Generator.Schema.Model.NodeKind.Node, nodes[t.Name].Kind));
        // Raw-JSON edges and value returns are written, not left out.
        Assert.Equal(93, schema.Nodes.SelectMany(n => n.Edges).Count(e => e.IsRawJson && e.Readable));
        Assert.Contains(schema.Nodes.Single(n => n.Name == "AdgroupFacebookFeedback").Edges, e => e.WireName == "comments");
        Assert.Equal("json", schema.Nodes.Single(n => n.Name == "Ad").Operations.Single(o => o.Name == "delete").Returns);
        // Codegen types named like another node's edge (ProductCatalog.data_sources) get a C# name of their own.
        Assert.Equal("ProductCatalogDataSourcesNode", schema.Nodes.Single(n => n.Name == "ProductCatalogDataSources").CSharpName?.Name);
        Assert.Equal(3, _v25.Result.Report.ApproximationCount("nodes named like another node's edge builder, given the C# `name:` {name}Node"));
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
