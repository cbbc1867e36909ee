using System.IO;
using System.Linq;
using GraphGen.Tool.Cli;
using GraphGen.Tool.Import;
using GraphGen.Tool.Tests.Infrastructure;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Tests.Import;

/// <summary>Importing over existing files keeps what a person wrote and says what it could not keep.</summary>
public sealed class ReimportTests
{
    [Fact]
    public void Hand_written_descriptions_name_overrides_and_other_keys_survive_a_reimport()
    {
        using var temp = new TempFolder();
        var folder = temp.Sub("schema");
        Import(SpecTarballs.V25, folder);
        SchemaFileEditor.Edit(folder, "nodes", "User", user =>
        {
            user.Set("description", "Represents a Facebook user.");
            user.Set("x-owner", "growth team");
            user.At("fields").Set("religion", new YamlMap()
                .Set("type", "string")
                .Set("description", "The person's religion.")
                .Set("name", "Faith")
                .Set("permission", "user_religion_politics"));
            user.At("operations", "get").Set("errors", new YamlList([YamlText.Integer(100)]));
        });
        File.WriteAllText(Path.Combine(folder, "errors.graph.yaml"), "errors:\n  100: { name: InvalidParameter, category: validation, description: Invalid parameter }\n");

        var result = Import(SpecTarballs.V25, folder);

        var user = SchemaFileEditor.Read(folder, "nodes", "User");
        Assert.Equal("Represents a Facebook user.", user.TextOf("description"));
        Assert.Equal("growth team", user.TextOf("x-owner"));
        Assert.Equal("Users", user.TextOf("root"));
        var religion = user.At("fields", "religion");
        Assert.Equal("Faith", religion.TextOf("name"));
        Assert.Equal("The person's religion.", religion.TextOf("description"));
        Assert.Equal("user_religion_politics", religion.TextOf("permission"));
        var node = result.Schema.Nodes.Single(n => n.Name == "User");
        Assert.Equal("The person's religion.", node.Fields.Single(f => f.WireName == "religion").Description);
        Assert.Equal(new[] { 100 }, node.Operations.Single(o => o.Name == "get").Errors.ToArray());
        Assert.Equal("InvalidParameter", Assert.Single(result.Schema.Errors).Name);
        // A file written by hand keeps its place; the importer's header file does not repeat its catalog.
        Assert.Contains("100: { name: InvalidParameter, category: validation, description: Invalid parameter }", File.ReadAllText(Path.Combine(folder, "errors.graph.yaml")));
        Assert.DoesNotContain("errors:", File.ReadAllText(Path.Combine(folder, SchemaFileLayout.HeaderFileName)));
        Assert.DoesNotContain(result.Schema.Diagnostics, d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public void An_operation_renamed_by_hand_keeps_its_name_and_a_result_narrowed_from_json_by_hand_is_kept()
    {
        using var temp = new TempFolder();
        var folder = temp.Sub("schema");
        Import(SpecTarballs.V25, folder);
        SchemaFileEditor.Edit(folder, "nodes", "User", user =>
        {
            var operations = user.At("edges", "access_tokens", "operations");
            var create = (YamlMap)operations["create"]!;
            var renamed = new YamlMap().Set("issue", create.Set("description", "Issues a token for a business app."));
            // Graph answers DELETE /{id}/access_tokens with {success: true}: the spec says Object (json), a person wrote a struct.
            renamed.Set("revoke", new YamlMap().Set("method", "DELETE").Set("returns", "SuccessResult"));
            user.At("edges", "access_tokens").Set("operations", renamed);
        });
        File.WriteAllText(Path.Combine(folder, "success.graph.yaml"), "structs:\n  SuccessResult:\n    fields:\n      success: bool\n");

        var result = Import(SpecTarballs.V25, folder);

        var operations = result.Schema.Nodes.Single(n => n.Name == "User").Edges.Single(e => e.WireName == "access_tokens").Operations;
        Assert.Equal(new[] { "issue", "revoke" }, operations.Select(o => o.Name));   // the file's order
        Assert.Equal("Issues a token for a business app.", operations[0].Description);
        Assert.Equal("SuccessResult", operations[1].Returns);
        Assert.Contains(result.Schema.Nodes, n => n.Name == "SuccessResult");
        Assert.Contains("structs/SuccessResult (not in the spec; still referenced)", result.Report.KeptAsWrittenItems);
        Assert.DoesNotContain(result.Schema.Diagnostics, d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public void Moving_to_a_new_version_reports_hand_written_elements_the_spec_dropped_and_keeps_the_rest()
    {
        using var temp = new TempFolder();
        var folder = temp.Sub("schema");
        Import(SpecTarballs.V19, folder);
        SchemaFileEditor.Edit(folder, "nodes", "User", user =>
        {
            user.At("fields").Set("id_for_avatars", new YamlMap().Set("type", "string").Set("description", "Gone in v20.0."));
            user.At("fields").Set("about", new YamlMap().Set("type", "string").Set("no_data_since", new YamlText("2018-04-04", isLiteral: true)));
        });
        File.AppendAllText(SchemaFileEditor.FileDeclaring(folder, "nodes", "User"), "# a note a person wrote\n");

        var result = Import(SpecTarballs.V25, folder);

        Assert.Contains("nodes/User/fields/id_for_avatars (not in the spec; had description)", result.Report.NotCarriedItems);
        Assert.Equal("2018-04-04", SchemaFileEditor.Read(folder, "nodes", "User").At("fields", "about").TextOf("no_data_since"));
        Assert.Equal("v25.0", result.Schema.ApiVersion);
        Assert.Equal(1, result.Report.CommentsNotCarried);
        Assert.Contains("not carried", result.Report.ToSummary(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Types_that_narrower_roots_no_longer_reach_are_reported_as_not_reached_not_as_removed()
    {
        using var temp = new TempFolder();
        SmallSpec.WriteTo(temp.Sub("specs"));
        var folder = temp.Sub("schema");
        Importer.Run(new ImportOptions(temp.Sub("specs"), folder), Progress.Silent);

        var result = Importer.Run(new ImportOptions(temp.Sub("specs"), folder) { Roots = ["Box"] }, Progress.Silent);

        // box_style is referenced by nothing; `root` and `name` were the importer's, but a re-import cannot tell.
        Assert.Equal(
            new[] { "nodes/Crate (not reachable from the roots; had root)", "enums/box_style (not reachable from the roots; had name)" },
            result.Report.NotCarriedItems);
    }

    [Fact]
    public void A_comment_on_a_type_in_the_importers_own_files_survives_their_new_layout()
    {
        using var temp = new TempFolder();
        var folder = temp.Sub("schema");
        Import(SpecTarballs.V25, folder);
        var file = SchemaFileEditor.FileDeclaring(folder, "nodes", "User");
        File.WriteAllText(file, File.ReadAllText(file).Replace("\n  User:\n", "\n  # Our app's signed-in person.\n  User:\n", System.StringComparison.Ordinal));

        var result = Import(SpecTarballs.V25, folder);

        Assert.Contains("  # Our app's signed-in person.\n  User:\n", File.ReadAllText(SchemaFileEditor.FileDeclaring(folder, "nodes", "User")), System.StringComparison.Ordinal);
        Assert.Equal(0, result.Report.CommentsNotCarried);
    }

    private static ImportResult Import(string tarball, string folder)
        => Importer.Run(new ImportOptions(tarball, folder) { Roots = ["User"] }, Progress.Silent);
}
