using System.IO;
using System.Linq;
using GraphGen.Tool.Cli;
using GraphGen.Tool.Import;
using GraphGen.Tool.Tests.Infrastructure;

namespace GraphGen.Tool.Tests.Import;

/// <summary>One example of every rule, on a spec folder small enough to read the whole output.</summary>
public sealed class SmallSpecImportTests
{
    [Fact]
    public void A_small_spec_folder_becomes_this_yaml()
    {
        using var temp = new TempFolder();
        SmallSpec.WriteTo(temp.Sub("specs"));

        var result = Importer.Run(new ImportOptions(temp.Sub("specs"), temp.Sub("out")) { Namespace = "Shop" }, Progress.Silent);

        Assert.Equal(
            """
            nodes:
              Box:
                root: Boxes
                fields:
                  id: string
                  count: int64
                  tags: list<string>
                  extra: json
                  owner:
                    type: json
                    spec_type: Person
                  by_day: map<datetime,int64>
                  style: Box_style
                  labels: map<string,Label>
                edges:
                  labels:
                    target: Label
                    params:
                      limit: int64
                    operations:
                      delete:
                        method: DELETE
                        returns: json
                      create:
                        method: POST
                        params:
                          image: file
                          text:
                            type: string
                            required: true
                        returns: Label
                  photos:
                    target: json
                  uploads:
                    target: Label
                    readable: false
                    operations:
                      create:
                        method: POST
                        returns: Label

            """.Replace("\r\n", "\n"),
            Body(result, "nodes-b.graph.yaml").Split("    operations:\n      get:")[0]);
        Assert.Contains("    operations:\n      get:\n        method: GET\n      update:\n        method: POST\n        params:\n          style:\n            type: Box_style\n            required: true\n        returns: Box\n", Body(result, "nodes-b.graph.yaml"));
        // Label has no #get but an edge call (GET /{id}/history): it is addressable by id, so a node.
        Assert.Equal("nodes:\n  Label:\n    root: Labels\n    fields:\n      text: string\n    edges:\n      history:\n        target: Label\n", Body(result, "nodes-l.graph.yaml"));
        Assert.EndsWith("      delete:\n        method: DELETE\n        returns: json\n", Body(result, "nodes-b.graph.yaml"));
        Assert.Equal(
            "enums:\n  Box_style:\n    values:\n      - oak\n      - PINE\n      - value: \"\"\n        name: Empty\n      - value: pine\n        name: Pine2\n  box_style:\n    name: BoxStyle2\n    values: [oak]\n",
            Body(result, "enums-b.graph.yaml"));
        Assert.Equal("api_version: v99.0\nnamespace: Shop\n", Body(result, "api.graph.yaml"));
    }

    [Fact]
    public void Everything_left_out_is_counted_with_where_it_was()
    {
        using var temp = new TempFolder();
        SmallSpec.WriteTo(temp.Sub("specs"));

        var report = Importer.Run(new ImportOptions(temp.Sub("specs"), temp.Sub("out")), Progress.Silent).Report;

        Assert.Equal(new[] { "nodes/Box/fields/count" }, report.Examples(ImportGap.DuplicateInSpec));
        Assert.Equal(new[] { "nodes/Box/edges/labels/operations/POST/params/album (list<file>)" }, report.Examples(ImportGap.FileParameter));
        Assert.Equal(2, report.SkippedTotal);
        Assert.Equal(1, report.ApproximationCount("operation results and edge items without a spec file (or not an object), written as `json`"));
        Assert.Contains("| 1 | `file` inside a list or map, or as a field (only a parameter can be an upload) |", report.ToMarkdown(allExamples: true));
    }

    [Fact]
    public void A_malformed_spec_file_is_named_with_the_json_path_of_the_problem()
    {
        using var temp = new TempFolder();
        SmallSpec.WriteTo(temp.Sub("specs"));
        File.WriteAllText(Path.Combine(temp.Sub("specs"), "Label.json"), """{"fields": [], "apis": [{"method": "GET", "endpoint": "x", "return": "Label", "params": [{"name": "a", "type": 3}]}]}""");

        var error = Assert.Throws<SpecFormatException>(() => Importer.Run(new ImportOptions(temp.Sub("specs"), temp.Sub("out")), Progress.Silent));

        Assert.Equal("Label.json: $.apis[0].params[0].type: expected a string, found a number", error.Message);
    }

    [Fact]
    public void A_folder_without_enum_types_is_refused_with_what_was_expected()
    {
        using var temp = new TempFolder();

        var error = Assert.Throws<UsageException>(() => Importer.Run(new ImportOptions(temp.FullPath, temp.Sub("out")), Progress.Silent));

        Assert.Contains("holds no enum_types.json", error.Message, System.StringComparison.Ordinal);
    }

    private static string Body(ImportResult result, string file)
    {
        var text = result.Files.Single(f => f.Key == file).Value;
        return string.Join("\n", text.Split('\n').SkipWhile(l => l.StartsWith('#')));
    }
}
