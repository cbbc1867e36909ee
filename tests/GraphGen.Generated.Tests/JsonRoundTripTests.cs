using System;
using System.Text;
using System.Text.Json.Nodes;
using GraphGen.Facebook;
using GraphGen.Runtime.Tests.Support;

namespace GraphGen.Generated.Tests;

/// <summary>Graph-shaped responses read by the generated readers and written back by the generated writers.</summary>
public sealed class JsonRoundTripTests
{
    // Shaped like a real /me response (shared with the runtime's reader tests).
    internal const string FullUser = GraphUserPayload.FullUser;

    [Fact]
    public void Full_user_response_reads_every_field_with_graph_formats()
    {
        var user = User.FromJson(Encoding.UTF8.GetBytes(FullUser));

        Assert.Equal("10158392817263541", user.Id);
        Assert.Equal("O\u2019Brien", user.LastName);
        Assert.Equal("Zoë \"Zo\" O’Brien", user.Name);
        Assert.Equal("zoe/obrien@example.com", user.Email);
        Assert.Equal(21, user.AgeRange!.Min);
        Assert.Null(user.AgeRange.Max);
        Assert.Equal("Dublin, Ireland", user.Hometown!.Name);
        Assert.Equal("Aoife", user.FavoriteTeams![0].With![0].Name);
        Assert.Empty(user.Languages!);
        Assert.Equal(new[] { "friendship", "networking" }, user.MeetingFor);
        Assert.True(user.Installed);
        Assert.False(user.IsGuestUser);
        Assert.Equal(new DateTimeOffset(2019, 1, 1, 12, 0, 0, TimeSpan.Zero), user.SharedLoginUpgradeRequiredBy);
        Assert.Equal(274877906944L, user.VideoUploadLimits!.Size);
        Assert.Equal("Sam", user.SignificantOther!.Name);
        Assert.Equal("https://example.com/p.jpg", user.Picture!.Url);
        Assert.Equal(-4.5, ReadObsolete(user));

        var album = Assert.Single(user.Albums!.Data);
        Assert.Equal("Holidays", album.Name);
        Assert.Equal(12, album.Count);
        Assert.Equal("Beach", Assert.Single(album.Photos!.Data).Name);
        Assert.Equal("NTAx", user.Albums.Paging!.Cursors!.After);
        Assert.EndsWith("albums?after=NTAx", user.Albums.Paging.Next);
    }

    [Fact]
    public void Presence_tells_a_null_field_from_a_field_that_was_not_requested()
    {
        var user = User.FromJson(Encoding.UTF8.GetBytes(FullUser));

        Assert.True(user.Has(User.Field.MiddleName));   // sent as null
        Assert.Null(user.MiddleName);
        Assert.False(user.Has(User.Field.Quotes));      // not in the response
        Assert.Null(user.Quotes);
        Assert.True(user.Has(User.Field.Albums));       // an expanded edge
        Assert.False(user.Has(User.Field.Photos));
    }

    [Fact]
    public void Writing_back_gives_the_same_json_minus_unknown_fields()
    {
        var user = User.FromJson(Encoding.UTF8.GetBytes(FullUser));
        var written = JsonNode.Parse(user.ToJson())!.AsObject();
        var original = JsonNode.Parse(FullUser)!.AsObject();
        original.Remove("field_from_the_future");
        original.Remove("another_unknown");

        Assert.True(JsonNode.DeepEquals(original, written), $"expected\n{original}\nbut wrote\n{written}");
    }

    [Fact]
    public void Unknown_enum_values_round_trip_with_their_wire_text_and_known_ones_read_exactly()
    {
        const string Json = """{"type":"SOMETHING_NEW","sub_type":"HASHES","creation_params":"{}"}""";
        var source = CustomAudienceDataSource.FromJson(Encoding.UTF8.GetBytes(Json));

        Assert.False(source.Type!.Value.IsRecognized());
        Assert.Equal("SOMETHING_NEW", source.Type.Value.ToWireValue());
        Assert.Equal(CustomAudienceDataSourceSubType.Hashes, source.SubType);
        Assert.True(source.Has(CustomAudienceDataSource.Field.Type));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Json), JsonNode.Parse(source.ToJson())), source.ToJson());
    }

    [Fact]
    public void Numeric_ids_sent_as_json_numbers_still_read_as_strings()
    {
        var page = Page.FromJson("""{"id": 108424279189115, "name": "Dublin"}"""u8);
        Assert.Equal("108424279189115", page.Id);
    }

    [Fact]
    public void A_response_that_is_not_an_object_is_a_json_error_not_a_null_reference()
        => Assert.ThrowsAny<System.Text.Json.JsonException>(() => User.FromJson("[1,2]"u8));

    [Fact]
    public void Models_built_in_code_write_only_the_fields_that_were_set()
    {
        var user = new User { Id = "1", Email = null };
        Assert.Equal("""{"id":"1","email":null}""", user.ToJson());
    }

#pragma warning disable CS0618 // timezone is CoreDeprecated; reading it here checks that deprecated fields still deserialize.
    private static double? ReadObsolete(User user) => user.Timezone;
#pragma warning restore CS0618
}
