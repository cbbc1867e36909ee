using System;
using System.Text;
using System.Text.Json.Nodes;
using GraphGen.Facebook;

namespace GraphGen.Generated.Tests;

/// <summary>Graph-shaped responses read by the generated readers and written back by the generated writers.</summary>
public sealed class JsonRoundTripTests
{
    // Shaped like a real /me response: numeric ids as strings, +0000 offsets, escapes, nested objects, an expanded
    // edge with paging, fields this schema does not know (skipped), and explicit nulls.
    internal const string FullUser = """
        {
          "id": "10158392817263541",
          "first_name": "Zoë",
          "last_name": "O\u2019Brien",
          "middle_name": null,
          "name": "Zoë \"Zo\" O’Brien",
          "name_format": "{first} {last}",
          "short_name": "Zoë",
          "email": "zoe\/obrien@example.com",
          "birthday": "01/31/1990",
          "gender": "female",
          "age_range": { "min": 21 },
          "hometown": { "id": "108424279189115", "name": "Dublin, Ireland" },
          "location": { "id": "106078429431815", "name": "London, United Kingdom" },
          "favorite_teams": [ { "id": "1", "name": "Leinster Rugby", "with": [ { "id": "2", "name": "Aoife" } ] } ],
          "languages": [],
          "meeting_for": ["friendship", "networking"],
          "installed": true,
          "is_guest_user": false,
          "link": "https://www.facebook.com/app_scoped_user_id/10158392817263541/",
          "shared_login_upgrade_required_by": "2019-01-01T12:00:00+0000",
          "updated_time": "2024-02-29T23:59:59+0000",
          "timezone": -4.5,
          "supports_donate_button_in_live_video": false,
          "video_upload_limits": { "length": 14400, "size": 274877906944 },
          "significant_other": { "id": "42", "name": "Sam" },
          "picture": { "data": { "height": 50, "is_silhouette": false, "url": "https://example.com/p.jpg", "width": 50 } },
          "albums": {
            "data": [
              { "id": "501", "name": "Holidays", "created_time": "2020-07-01T08:30:00+0000", "count": 12,
                "photos": { "data": [ { "id": "601", "name": "Beach" } ], "paging": { "cursors": { "before": "QVFI", "after": "QVFJ" } } } }
            ],
            "paging": { "cursors": { "before": "MTAx", "after": "NTAx" }, "next": "https://graph.facebook.com/v25.0/10158392817263541/albums?after=NTAx" }
          },
          "field_from_the_future": { "nested": [1, 2, {"deep": true}] },
          "another_unknown": "ignored"
        }
        """;

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
