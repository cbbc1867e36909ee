using System.Linq;
using GraphGen.Generator.Schema;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Tests.Schema;

public sealed class SchemaLoaderTests
{
    [Fact]
    public void Minimal_schema_loads_with_no_diagnostics()
    {
        var schema = SchemaText.Combine(("minimal.graph.yaml", SchemaText.Minimal));

        Assert.Empty(SchemaText.Describe(schema));
        Assert.False(schema.HasErrors);
        Assert.Equal("v19.0", schema.ApiVersion);
        Assert.Equal("Acme.Graph", schema.Namespace);
        Assert.Equal("FacebookApi", schema.ClientName);
    }

    [Fact]
    public void Types_keep_document_order_with_inline_structs_right_after_their_owner()
    {
        var schema = SchemaText.Combine(("minimal.graph.yaml", SchemaText.Minimal));

        Assert.Equal(
            new[] { "User", "UserAgeRange", "UserAlbumsPayload", "Album", "Experience", "SuccessResult" },
            schema.Nodes.Select(static n => n.Name).ToArray());
        Assert.Equal(
            new[] { NodeKind.Node, NodeKind.Struct, NodeKind.Struct, NodeKind.Node, NodeKind.Struct, NodeKind.Struct },
            schema.Nodes.Select(static n => n.Kind).ToArray());
    }

    [Fact]
    public void Bare_and_map_field_syntax_load_to_the_same_type()
    {
        var user = SchemaText.Load(SchemaText.Minimal).Nodes[0];

        var id = user.Fields.Single(static f => f.WireName == "id");
        var name = user.Fields.Single(static f => f.WireName == "name");
        Assert.Equal(TypeRef.Of(ScalarKind.Id), id.Type);
        Assert.Null(id.Description);
        Assert.Equal(TypeRef.Of(ScalarKind.String), name.Type);
        Assert.Equal("The person's full name", name.Description);
        Assert.True(name.IsDefault);
    }

    [Fact]
    public void Field_attributes_are_read()
    {
        var user = SchemaText.Load(SchemaText.Minimal).Nodes[0];

        var birthday = user.Fields.Single(static f => f.WireName == "birthday");
        Assert.Equal("user_birthday", birthday.Permission);
        Assert.Equal("Use age_range", birthday.Deprecated);
        Assert.Equal("2018-04-04", birthday.NoDataSince);
        Assert.Equal(TypeRef.ListOf(TypeRef.Named("Experience")), user.Fields.Single(static f => f.WireName == "favorite_athletes").Type);
        Assert.Equal(TypeRef.Named("UserStatus"), user.Fields.Single(static f => f.WireName == "status").Type);
    }

    [Fact]
    public void Inline_object_field_becomes_a_struct_named_owner_plus_field()
    {
        var document = SchemaText.Load(SchemaText.Minimal);

        var ageRange = document.Nodes[0].Fields.Single(static f => f.WireName == "age_range");
        Assert.Equal(TypeRef.Named("UserAgeRange"), ageRange.Type);
        Assert.Equal("The age segment.", ageRange.Description);
        var lifted = document.Nodes.Single(static n => n.Name == "UserAgeRange");
        Assert.Equal(NodeKind.Struct, lifted.Kind);
        Assert.Equal(new[] { "min", "max" }, lifted.Fields.Select(static f => f.WireName).ToArray());
    }

    [Fact]
    public void Inline_object_parameter_of_an_edge_operation_is_named_node_plus_edge_plus_parameter()
    {
        var edge = SchemaText.Load(SchemaText.Minimal).Nodes[0].Edges.Single();

        var payload = edge.Operations.Single().Params.Single();
        Assert.Equal(TypeRef.Named("UserAlbumsPayload"), payload.Type);
    }

    [Fact]
    public void Inline_list_of_objects_becomes_a_list_of_the_lifted_struct()
    {
        var document = SchemaText.Load("""
            api_version: v19.0
            structs:
              Page:
                fields:
                  emails:
                    type: list<object>
                    fields:
                      address: string
            """);

        Assert.Empty(SchemaText.Describe(document));
        Assert.Equal(TypeRef.ListOf(TypeRef.Named("PageEmails")), document.Nodes[0].Fields[0].Type);
        Assert.Equal("PageEmails", document.Nodes[1].Name);
    }

    [Fact]
    public void Identical_inline_structs_of_two_operations_are_one_struct()
    {
        var schema = SchemaText.Combine(("a.graph.yaml", """
            api_version: v19.0
            nodes:
              CustomAudience:
                edges:
                  users:
                    target: CustomAudience
                    operations:
                      add:
                        method: POST
                        params:
                          payload: { type: object, fields: { schema: string, data: list<list<string>> } }
                      remove:
                        method: DELETE
                        params:
                          payload: { type: object, fields: { schema: string, data: list<list<string>> } }
            """));

        Assert.Empty(SchemaText.Describe(schema));
        Assert.Equal(new[] { "CustomAudience", "CustomAudienceUsersPayload" }, schema.Nodes.Select(static n => n.Name).ToArray());
    }

    [Fact]
    public void Edge_and_operations_are_read_with_their_defaults()
    {
        var user = SchemaText.Load(SchemaText.Minimal).Nodes[0];

        var albums = user.Edges.Single();
        Assert.Equal("Album", albums.Target);
        Assert.Equal(PagingKind.Cursor, albums.Paging);
        Assert.True(albums.Readable);
        var limit = albums.Params.Single();
        Assert.Equal(1d, limit.Min);
        Assert.Equal(100d, limit.Max);

        var get = user.Operations.Single(static o => o.Name == "get");
        Assert.Equal(OperationMethod.Get, get.Method);
        Assert.True(get.Idempotent);

        var update = user.Operations.Single(static o => o.Name == "update");
        Assert.Equal(OperationMethod.Post, update.Method);
        Assert.False(update.Idempotent);
        Assert.Equal("SuccessResult", update.Returns);
        Assert.Equal(new[] { 100, 190 }, update.Errors.ToArray());
        Assert.Equal(new[] { "user", "uid" }, update.OneOf.Single().ToArray());
    }

    [Fact]
    public void Edge_marked_not_readable_keeps_its_operations()
    {
        var document = SchemaText.Load("""
            api_version: v19.0
            nodes:
              CustomAudience:
                edges:
                  users:
                    target: CustomAudience
                    readable: false
                    paging: none
                    operations:
                      remove: { method: DELETE }
            """);

        Assert.Empty(SchemaText.Describe(document));
        var users = document.Nodes[0].Edges.Single();
        Assert.False(users.Readable);
        Assert.Equal(PagingKind.None, users.Paging);
        Assert.Equal(OperationMethod.Delete, users.Operations.Single().Method);
    }

    [Fact]
    public void Enum_values_keep_wire_spelling_and_explicit_names()
    {
        var status = SchemaText.Load(SchemaText.Minimal).Enums.Single();

        Assert.Equal("UserStatus", status.Name);
        Assert.Equal(new[] { "ACTIVE", "1" }, status.Values.Select(static v => v.WireValue).ToArray());
        Assert.Null(status.Values[0].CSharpName);
        Assert.Equal("One", status.Values[1].CSharpName);
        Assert.Equal("Number one", status.Values[1].Description);
    }

    [Fact]
    public void Error_catalog_is_read_with_categories()
    {
        var errors = SchemaText.Load(SchemaText.Minimal).Errors;

        Assert.Equal(new[] { 100, 190 }, errors.Select(static e => e.Code).ToArray());
        Assert.Equal(ErrorCategory.Validation, errors[0].Category);
        Assert.Equal(ErrorCategory.Auth, errors[1].Category);
        Assert.Equal(string.Empty, errors[1].Description);
    }

    [Fact]
    public void Locations_are_zero_based_and_span_the_key()
    {
        var document = SchemaText.Load("api_version: v19.0\nnodes:\n  User:\n    fields:\n      email: string\n", "u.graph.yaml");

        var email = document.Nodes[0].Fields[0];
        Assert.Equal("u.graph.yaml", email.Location.FilePath);
        Assert.Equal(4, email.Location.StartLine);
        Assert.Equal(6, email.Location.StartColumn);
        Assert.Equal("email".Length, email.Location.Length);
        Assert.Equal("api_version: v19.0\nnodes:\n  User:\n    fields:\n      ".Length, email.Location.Start);
        Assert.Equal(13, email.TypeLocation!.StartColumn);
    }

    [Fact]
    public void Equal_texts_give_equal_documents()
    {
        var first = SchemaText.Load(SchemaText.Minimal);
        var second = SchemaText.Load(new string(SchemaText.Minimal.ToCharArray()));

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(SchemaValidator.Combine(new[] { first }), SchemaValidator.Combine(new[] { second }));
    }

    [Fact]
    public void Changing_one_field_type_makes_the_documents_unequal()
    {
        var first = SchemaText.Load(SchemaText.Minimal);
        var changed = SchemaText.Load(SchemaText.Minimal.Replace("favorite_athletes: list<Experience>", "favorite_athletes: list<Album>     "));

        Assert.NotEqual(first, changed);
        Assert.NotEqual(first.Nodes[0], changed.Nodes[0]);
        Assert.Equal(first.Nodes[3], changed.Nodes[3]);
    }

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        var document = SchemaText.Load("api_version: v19.0\nstructs:\n  A:\n    fields:\n      x: { type: string, descripton: X }\n");

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("GG0006", diagnostic.Descriptor.Id);
        Assert.Equal("Unknown key 'descripton' in field 'x' of 'A' (did you mean 'description'?)", diagnostic.Message);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_not_only_the_first()
    {
        var document = SchemaText.Load("""
            api_version: v19.0
            structs:
              A:
                fields:
                  a: list<
                  b: { description: no type }
                  c: map<string>
                  d: string
            """);

        Assert.Equal(new[] { "GG0009@5:10", "GG0007@6:7", "GG0009@7:10" }, SchemaText.Describe(document));
        Assert.Equal(new[] { "d" }, document.Nodes[0].Fields.Select(static f => f.WireName).ToArray());
    }
}
