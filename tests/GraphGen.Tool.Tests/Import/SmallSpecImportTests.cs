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
                  style: Box_style
                  labels: map<string,Label>
                edges:
                  labels:
                    target: Label
                    params:
                      limit: int64
                    operations:
                      create:
                        method: POST
                        params:
                          text:
                            type: string
                            required: true
                        returns: Label
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
        Assert.Equal("structs:\n  Label:\n    fields:\n      text: string\n", Body(result, "structs-l.graph.yaml"));
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

        Assert.Equal(new[] { "Box.json $.apis[5] (DELETE labels) -> Object", "Box.json $.apis[2] (DELETE #delete) -> Object" }, report.Examples(ImportGap.OperationReturnsNoObject));
        Assert.Equal(new[] { "Box.json $.apis[6] (GET photos) -> Photo" }, report.Examples(ImportGap.EdgeItemWithoutSpecFile));
        Assert.Equal(new[] { "Label.json $.apis[0] (GET history)" }, report.Examples(ImportGap.ApiOnNonNode));
        Assert.Equal(new[] { "nodes/Box/edges/labels/operations/POST/params/image (file)" }, report.Examples(ImportGap.FileParameter));
        Assert.Equal(new[] { "nodes/Box/fields/by_day (map<datetime, int>)" }, report.Examples(ImportGap.NonStringMapKey));
        Assert.Equal(new[] { "nodes/Box/fields/count" }, report.Examples(ImportGap.DuplicateInSpec));
        Assert.Equal(7, report.SkippedTotal);
        Assert.Contains("| 1 | `file` parameters (no multipart upload type) |", report.ToMarkdown(allExamples: true));
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
