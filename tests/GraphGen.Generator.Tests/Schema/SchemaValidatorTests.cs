using System.Linq;
using GraphGen.Generator.Schema;

namespace GraphGen.Generator.Tests.Schema;

public sealed class SchemaValidatorTests
{
    [Fact]
    public void Types_declared_in_another_file_resolve()
    {
        var schema = SchemaText.Combine(
            ("b.graph.yaml", "nodes:\n  User:\n    fields:\n      hometown: Page\n"),
            ("a.graph.yaml", "api_version: v19.0\nnodes:\n  Page:\n    fields:\n      id: id\n"));

        Assert.Empty(SchemaText.Describe(schema));
        Assert.Equal(new[] { "Page", "User" }, schema.Nodes.Select(static n => n.Name).ToArray());
    }

    [Fact]
    public void Files_are_combined_in_ordinal_path_order_whatever_the_input_order()
    {
        var a = SchemaLoader.Load("a.graph.yaml", "api_version: v19.0\nstructs:\n  A:\n    fields: { x: string }\n");
        var b = SchemaLoader.Load("B.graph.yaml", "structs:\n  B:\n    fields: { x: string }\n");

        var forward = SchemaValidator.Combine(new[] { a, b });
        var backward = SchemaValidator.Combine(new[] { b, a });

        Assert.Equal(forward, backward);
        Assert.Equal(new[] { "B", "A" }, forward.Nodes.Select(static n => n.Name).ToArray());
    }

    [Fact]
    public void Field_with_an_unknown_type_is_dropped_and_the_rest_is_kept()
    {
        var schema = SchemaText.Combine(("a.graph.yaml", "api_version: v19.0\nstructs:\n  A:\n    fields:\n      x: Nope\n      y: string\n"));

        Assert.Equal(new[] { "GG0010@5:10" }, SchemaText.Describe(schema));
        Assert.Equal(new[] { "y" }, schema.Nodes.Single().Fields.Select(static f => f.WireName).ToArray());
    }

    [Fact]
    public void Duplicate_type_keeps_the_first_declaration_in_path_order()
    {
        var schema = SchemaText.Combine(
            ("b.graph.yaml", "structs:\n  A:\n    fields: { from_b: string }\n"),
            ("a.graph.yaml", "api_version: v19.0\nstructs:\n  A:\n    fields: { from_a: string }\n"));

        var diagnostic = Assert.Single(schema.Diagnostics);
        Assert.Equal("GG0011", diagnostic.Descriptor.Id);
        Assert.Equal("b.graph.yaml", diagnostic.Location!.FilePath);
        Assert.Equal("Type 'A' is already declared in 'a.graph.yaml' (line 3); type names must be unique across all schema files", diagnostic.Message);
        Assert.Equal("from_a", schema.Nodes.Single().Fields.Single().WireName);
    }

    [Fact]
    public void Unknown_error_codes_are_removed_from_the_operation()
    {
        var schema = SchemaText.Combine(("a.graph.yaml", """
            api_version: v19.0
            nodes:
              A:
                operations:
                  delete: { errors: [100, 5] }
            errors:
              100: { name: InvalidParameter, category: validation }
            """));

        Assert.Equal(new[] { "GG0019@5:31" }, SchemaText.Describe(schema));
        var operation = schema.Nodes.Single().Operations.Single();
        Assert.Equal(new[] { 100 }, operation.Errors.ToArray());
        Assert.Single(operation.ErrorLocations);
    }

    [Fact]
    public void Schema_without_any_api_version_is_reported_once()
    {
        var schema = SchemaText.Combine(("a.graph.yaml", "structs:\n  A:\n    fields: { x: string }\n"), ("b.graph.yaml", "enums:\n  E:\n    values: [X]\n"));

        Assert.Equal(new[] { "GG0007@1:1" }, SchemaText.Describe(schema));
        Assert.Equal(string.Empty, schema.ApiVersion);
    }

    [Fact]
    public void No_files_give_an_empty_schema_without_diagnostics()
    {
        var schema = SchemaValidator.Combine(System.Array.Empty<GraphGen.Generator.Schema.Model.SchemaDocument>());

        Assert.Empty(schema.Diagnostics);
        Assert.Empty(schema.Nodes);
        Assert.Equal(SchemaValidator.DefaultClientName, schema.ClientName);
    }

    [Fact]
    public void Per_file_diagnostics_are_part_of_the_combined_schema()
    {
        var schema = SchemaText.Combine(("a.graph.yaml", "api_version: v19.0\nnode: {}\n"));

        Assert.Equal(new[] { "GG0006@2:1" }, SchemaText.Describe(schema));
        Assert.Contains("did you mean 'nodes'?", schema.Diagnostics[0].Message);
        Assert.False(schema.HasErrors);
    }

    [Theory]
    [InlineData("is_work_account", "IsWorkAccount")]
    [InlineData("FILE_IMPORTED", "FileImported")]
    [InlineData("fooBar", "FooBar")]
    [InlineData("foo_bar", "FooBar")]
    [InlineData("FOO_BAR", "FooBar")]
    [InlineData("2fa_enabled", "2FaEnabled")]
    [InlineData("---", "")]
    public void Wire_names_convert_to_pascal_case(string wireName, string expected)
        => Assert.Equal(expected, SchemaNames.ToPascalCase(wireName));
}
