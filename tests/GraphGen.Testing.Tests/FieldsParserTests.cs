using System;
using System.Linq;

namespace GraphGen.Testing.Tests;

public sealed class FieldsParserTests
{
    [Fact]
    public void Nested_expansions_with_limits_parse_into_a_tree()
    {
        var fields = FieldsParser.Parse("id,name,albums.limit(5){name,photos.limit(2){name}}");

        Assert.Equal(new[] { "id", "name", "albums" }, fields.Select(f => f.Name));
        RequestedField albums = fields[2];
        Assert.Equal(5, albums.Limit);
        Assert.Equal(new[] { "name", "photos" }, albums.Children!.Select(f => f.Name));
        RequestedField photos = albums.Children![1];
        Assert.Equal(2, photos.Limit);
        Assert.Equal("name", Assert.Single(photos.Children!).Name);
    }

    [Fact]
    public void Several_modifiers_and_whitespace_are_accepted_as_graph_does()
    {
        var field = Assert.Single(FieldsParser.Parse(" picture.type(large).width(200) "));

        Assert.Equal("picture", field.Name);
        Assert.Equal("large", field.Modifiers["type"]);
        Assert.Equal("200", field.Modifiers["width"]);
        Assert.Null(field.Limit);
        Assert.Null(field.Children);
    }

    [Fact]
    public void Format_writes_back_the_same_syntax()
    {
        const string text = "id,albums.limit(5){name,photos.limit(2){name}},hometown{id,name}";
        Assert.Equal(text, FieldsParser.Format(FieldsParser.Parse(text)));
    }

    [Theory]
    [InlineData("albums{name")]
    [InlineData("albums}")]
    [InlineData("albums.limit(5")]
    [InlineData("id,{name}")]
    public void Unbalanced_or_nameless_selections_are_rejected(string text) =>
        Assert.Throws<FormatException>(() => FieldsParser.Parse(text));

    [Fact]
    public void Cursors_round_trip_and_foreign_text_is_rejected()
    {
        Assert.True(EdgeCursor.TryDecode(EdgeCursor.Encode(42), out int position));
        Assert.Equal(42, position);
        Assert.False(EdgeCursor.TryDecode("not-a-cursor", out _));
        Assert.False(EdgeCursor.TryDecode(Convert.ToBase64String("other:1"u8.ToArray()), out _));
    }
}
