using System.Linq;
using GraphGen.Tool.Diff;
using GraphGen.Tool.Schema;
using GraphGen.Tool.Tests.Infrastructure;

namespace GraphGen.Tool.Tests.Diff;

[Collection(ImportedSpecsCollection.Name)]
public sealed class DiffOnRealSpecsTests
{
    private readonly ImportedSpecs _specs;

    public DiffOnRealSpecsTests(ImportedSpecs specs) => _specs = specs;

    [Fact]
    public void V19_to_v25_reports_the_removed_user_avatar_fields_as_breaking_and_the_new_fields_as_additions()
    {
        var diff = Compare(_specs.V19, _specs.V25);

        AssertUserFieldChanges(diff);
        Assert.Equal("v19.0", diff.OldApiVersion);
        Assert.Equal("v25.0", diff.NewApiVersion);
    }

    [Fact]
    public void V24_to_v25_has_no_user_field_changes_because_v24_already_had_them_and_reports_what_did_change()
    {
        var diff = Compare(_specs.V24, _specs.V25);

        // The avatar fields left and religion/client_business_id arrived between v19.0 and v24.0 (see the spec files).
        Assert.DoesNotContain(diff.Changes, c => c.Path.StartsWith("User.", System.StringComparison.Ordinal) && c.Kind is ChangeKind.FieldRemoved or ChangeKind.FieldAdded);
        Assert.Contains(diff.Changes, c => c is { Kind: ChangeKind.FieldRemoved, Path: "AdVideo.season", IsBreaking: true });
        Assert.Contains(diff.Changes, c => c is { Kind: ChangeKind.FieldTypeChanged, Path: "MessengerCallSettings.call_routing", Detail: "string → json" });
        // IGUserExportForCAM lost #get in v25.0 but kept its edges on /{id}: still a node.
        Assert.DoesNotContain(diff.Changes, c => c is { Kind: ChangeKind.NodeBecameStruct, Path: "IGUserExportForCAM" });
        Assert.True(diff.HasBreakingChanges);
    }

    [Fact]
    public void An_import_compared_with_itself_has_no_changes()
    {
        var diff = Compare(_specs.V25, _specs.V25);

        Assert.True(diff.IsEmpty);
        Assert.False(diff.HasBreakingChanges);
        Assert.Contains("No changes.", MarkdownDiffReport.Write(diff, "a", "b"));
    }

    [Fact]
    public void The_markdown_and_json_reports_list_every_breaking_change_with_its_path()
    {
        var diff = Compare(_specs.V19, _specs.V25);

        var markdown = MarkdownDiffReport.Write(diff, "v19", "v25");
        var json = JsonDiffReport.Write(diff);

        Assert.Contains("| `User.id_for_avatars` |", markdown);
        Assert.Contains("### Field removed", markdown);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var changes = document.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(diff.Changes.Count, changes.Count);
        Assert.True(document.RootElement.GetProperty("hasBreakingChanges").GetBoolean());
        Assert.Contains(changes, c => c.GetProperty("path").GetString() == "User.avatar_2d_profile_picture"
            && c.GetProperty("kind").GetString() == "fieldRemoved" && c.GetProperty("breaking").GetBoolean());
    }

    private static void AssertUserFieldChanges(SchemaDiff diff)
    {
        var userFields = diff.Changes.Where(c => c.Path.StartsWith("User.", System.StringComparison.Ordinal)
            && c.Kind is ChangeKind.FieldRemoved or ChangeKind.FieldAdded).ToList();

        Assert.Equal(
            new[] { "User.avatar_2d_profile_picture", "User.id_for_avatars" },
            userFields.Where(c => c.Kind == ChangeKind.FieldRemoved).Select(c => c.Path).Order());
        Assert.All(userFields.Where(c => c.Kind == ChangeKind.FieldRemoved), c => Assert.True(c.IsBreaking));
        Assert.Equal(
            new[] { "User.client_business_id", "User.religion" },
            userFields.Where(c => c.Kind == ChangeKind.FieldAdded).Select(c => c.Path).Order());
        Assert.All(userFields.Where(c => c.Kind == ChangeKind.FieldAdded), c => Assert.False(c.IsBreaking));
        Assert.True(diff.HasBreakingChanges);
    }

    private static SchemaDiff Compare(Imported before, Imported after)
        => SchemaDiffer.Compare(SchemaFolderLoader.Load(before.Folder), SchemaFolderLoader.Load(after.Folder));
}
