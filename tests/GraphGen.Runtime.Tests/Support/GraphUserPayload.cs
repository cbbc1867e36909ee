namespace GraphGen.Runtime.Tests.Support;

/// <summary>
/// A full /me response, shared by the runtime's reader tests and the generated readers' tests (linked into
/// GraphGen.Generated.Tests, as <see cref="Mutations"/> is).
/// </summary>
internal static class GraphUserPayload
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
}
