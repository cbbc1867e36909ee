using System.Text;
using System.Text.Json;
using GraphGen.Facebook;

namespace GraphGen.Generated.Tests;

/// <summary>
/// Untyped (<c>json</c>) fields keep the value's text and make the <see cref="JsonElement"/> when first read: the
/// property still reads and writes a whole element, and a bad value still fails while the model is read.
/// </summary>
public sealed class UntypedFieldTests
{
    private const string WithCover = """{"id":"1","cover":{"id":"7","offset_y":50,"source":"https:\/\/x.example\/c.jpg","caption":"Caf\u00e9"},"name":"Zoe"}""";

    [Fact]
    public void An_untyped_field_reads_as_the_whole_value_and_the_reader_moves_past_it()
    {
        User user = User.FromJson(Encoding.UTF8.GetBytes(WithCover));

        JsonElement cover = Assert.NotNull(user.Cover);
        Assert.Equal("7", cover.GetProperty("id").GetString());
        Assert.Equal(50, cover.GetProperty("offset_y").GetInt32());
        Assert.Equal("https://x.example/c.jpg", cover.GetProperty("source").GetString());
        Assert.Equal("Café", cover.GetProperty("caption").GetString());
        Assert.Equal("Zoe", user.Name);
        Assert.True(user.Has(User.Field.Cover));
    }

    [Fact]
    public void An_untyped_field_read_twice_is_the_same_value_and_writes_back_whole()
    {
        User user = User.FromJson(Encoding.UTF8.GetBytes(WithCover));

        Assert.Equal(user.Cover!.Value.GetRawText(), user.Cover!.Value.GetRawText());
        using JsonDocument written = JsonDocument.Parse(user.ToJson());
        Assert.Equal("Café", written.RootElement.GetProperty("cover").GetProperty("caption").GetString());
        Assert.Equal(50, written.RootElement.GetProperty("cover").GetProperty("offset_y").GetInt32());
    }

    [Fact]
    public void An_untyped_field_set_in_code_reads_and_writes_as_set()
    {
        using JsonDocument value = JsonDocument.Parse("""{"offset_y":3}""");
        var user = new User { Cover = value.RootElement.Clone() };

        Assert.Equal(3, user.Cover!.Value.GetProperty("offset_y").GetInt32());
        Assert.Contains("\"cover\":{\"offset_y\":3}", user.ToJson(), System.StringComparison.Ordinal);

        user.Cover = null;
        Assert.Null(user.Cover);
        Assert.True(user.Has(User.Field.Cover));
        Assert.Contains("\"cover\":null", user.ToJson(), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"cover":{"caption":"\ud800"}}""")]
    [InlineData("{\"cover\":{\"caption\":\"a\"")]
    [InlineData("""{"cover":{"caption" "a"}}""")]
    public void A_bad_untyped_value_fails_while_the_model_is_read_not_when_the_property_is(string json)
    {
        Assert.ThrowsAny<JsonException>(() => User.FromJson(Encoding.UTF8.GetBytes(json)));
    }
}
