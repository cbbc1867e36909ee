using System;
using System.IO;
using System.Linq;
using System.Text;
using GraphGen.Tool.Cli;
using GraphGen.Tool.Import;
using GraphGen.Tool.Tests.Infrastructure;
using GraphGen.Tool.Yaml;

namespace GraphGen.Tool.Tests.Import;

/// <summary>
/// A folder a person laid out (no importer banner) keeps its files, order, comments and wrapping through a re-import,
/// and <c>--update</c> refreshes its types without declaring new ones.
/// </summary>
public sealed class HandWrittenReimportTests
{
    private static readonly string ShippedSchema = Path.Combine(AppContext.BaseDirectory, "ShippedSchema");

    [Fact]
    public void Every_shipped_schema_file_reads_and_writes_back_byte_for_byte()
    {
        foreach (var path in Directory.GetFiles(ShippedSchema, "*.graph.yaml"))
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
            var written = new StringBuilder();
            YamlEmitter.WriteMapBody(written, YamlFileReader.Read(text), 0);

            Assert.Equal(text, written.ToString());
        }
    }

    [Fact]
    public void The_shipped_schema_is_what_update_makes_of_it_at_v25()
    {
        using var temp = new TempFolder();
        var folder = temp.Sub("schema");
        CopyShippedSchemaTo(folder);

        var result = Importer.Run(new ImportOptions(SpecTarballs.V25, folder) { Update = true }, Progress.Silent);

        // Reproducible: updating the shipped schema from the spec it came from changes no byte.
        foreach (var path in Directory.GetFiles(ShippedSchema, "*.graph.yaml"))
        {
            Assert.Equal(File.ReadAllText(path), File.ReadAllText(Path.Combine(folder, Path.GetFileName(path))));
        }

        Assert.Empty(result.Report.NotCarriedItems);
        Assert.Equal("v25.0", result.Schema.ApiVersion);
    }

    [Fact]
    public void Update_keeps_the_files_comments_and_order_of_a_hand_written_schema_and_changes_what_the_spec_changed()
    {
        using var temp = new TempFolder();
        var folder = temp.Sub("schema");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "me.graph.yaml"), """
            # My User: the fields my app reads.
            api_version: v19.0
            namespace: My.Graph

            nodes:
              # The person signed in.
              User:
                import: listed
                root: Users
                fields:
                  name: string                   # always there
                  id: id
                  id_for_avatars:
                    type: id
                    description: >-
                      A profile based app scoped ID. It is used to query avatars, which this sentence makes long
                      enough to fold.
                  # Typed as the spec says.
                  birthday: string
            # The end.

            """.Replace("\r\n", "\n", StringComparison.Ordinal));

        var result = Importer.Run(new ImportOptions(SpecTarballs.V25, folder) { Update = true }, Progress.Silent);

        Assert.Equal(new[] { "me.graph.yaml" }, Directory.GetFiles(folder).Select(Path.GetFileName));
        Assert.Equal("""
            # My User: the fields my app reads.
            api_version: v25.0
            namespace: My.Graph

            nodes:
              # The person signed in.
              User:
                import: listed
                root: Users
                fields:
                  name: string                   # always there
                  id: id
                  # Typed as the spec says.
                  birthday: string
            # The end.

            """.Replace("\r\n", "\n", StringComparison.Ordinal), File.ReadAllText(Path.Combine(folder, "me.graph.yaml")));
        Assert.Contains("nodes/User/fields/id_for_avatars (not in the spec; had description)", result.Report.NotCarriedItems);
        Assert.Contains(result.Report.NotAddedItems, i => i.StartsWith("nodes/User/fields/religion ", StringComparison.Ordinal));
        Assert.Contains(result.Report.NotAddedItems, i => i.StartsWith("nodes/User/edges ", StringComparison.Ordinal));
        Assert.Contains("nodes/User/fields/id (type id where the spec says string)", result.Report.KeptAsWrittenItems);
        Assert.Equal(0, result.Report.CommentsNotCarried);
        Assert.Single(result.Schema.Nodes);
    }

    [Fact]
    public void Update_declares_no_new_type_and_reads_references_to_other_spec_types_as_json_or_string()
    {
        using var temp = new TempFolder();
        var folder = temp.Sub("schema");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "user.graph.yaml"), "api_version: v19.0\nnodes:\n  User:\n    root: Users\n    fields:\n      name: string\n");

        var result = Importer.Run(new ImportOptions(SpecTarballs.V25, folder) { Update = true }, Progress.Silent);

        var user = SchemaFileEditor.Read(folder, "nodes", "User");
        Assert.Equal("Users", user.TextOf("root"));
        Assert.Equal("string", user.At("fields").TextOf("religion"));          // new in the spec: added (no import: listed)
        Assert.Equal("json", user.At("fields", "cover").TextOf("type"));         // UserCoverPhoto is not in the folder
        Assert.Equal("UserCoverPhoto", user.At("fields", "cover").TextOf("spec_type"));
        Assert.Equal("json", user.At("edges", "albums").TextOf("target"));       // Album is not in the folder either
        var adStudyType = user.At("edges", "ad_studies", "operations", "create", "params", "type");
        Assert.Equal("string", adStudyType.TextOf("type"));                       // a spec enum not in the folder
        Assert.Equal("userad_studies_type_enum_param", adStudyType.TextOf("spec_type"));
        Assert.Equal(new[] { "User" }, result.Schema.Nodes.Select(n => n.Name));
        Assert.Empty(result.Schema.Enums);
        Assert.DoesNotContain(result.Schema.Diagnostics, d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    [Fact]
    public void A_result_type_written_by_hand_and_an_enum_for_a_spec_string_are_kept_over_the_spec()
    {
        using var temp = new TempFolder();
        var folder = temp.Sub("schema");
        CopyShippedSchemaTo(folder);

        var result = Importer.Run(new ImportOptions(SpecTarballs.V25, folder) { Update = true }, Progress.Silent);

        // The spec says POST /{id}/users returns CustomAudience; the reference page's result struct stays.
        var users = result.Schema.Nodes.Single(n => n.Name == "CustomAudience").Edges.Single(e => e.WireName == "users");
        Assert.All(users.Operations, o => Assert.Equal("CustomAudienceUsersResult", o.Returns));
        Assert.Contains(result.Report.KeptAsWrittenItems, i => i.Contains("returns (CustomAudienceUsersResult where the spec says CustomAudience)", StringComparison.Ordinal));
        Assert.Equal(
            File.ReadAllLines(Path.Combine(ShippedSchema, "errors.graph.yaml")).Where(l => !l.StartsWith("api_version", StringComparison.Ordinal)),
            File.ReadAllLines(Path.Combine(folder, "errors.graph.yaml")).Where(l => !l.StartsWith("api_version", StringComparison.Ordinal)));
        Assert.Equal(new[] { "ad-account", "business", "custom-audience", "errors", "media", "page", "types", "user" }, Directory.GetFiles(folder).Select(f => Path.GetFileName(f).Replace(".graph.yaml", string.Empty, StringComparison.Ordinal)).Order());
        Assert.DoesNotContain(result.Schema.Diagnostics, d => d.Descriptor.DefaultSeverity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    private static void CopyShippedSchemaTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var path in Directory.GetFiles(ShippedSchema, "*.graph.yaml"))
        {
            File.Copy(path, Path.Combine(folder, Path.GetFileName(path)));
        }
    }
}
