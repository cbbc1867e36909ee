using System.Globalization;
using System.Text;

namespace GraphGen.Benchmarks.Json;

/// <summary>
/// Graph-shaped response bodies for the deserialization benchmarks, as UTF-8: a full User (every field of the node,
/// nested objects and lists, escaped strings, Graph's <c>+0000</c> dates, an expanded albums edge) and a 100-item
/// page of albums.
/// </summary>
public static class GraphPayloads
{
    public static readonly byte[] FullUser = Encoding.UTF8.GetBytes("""
        {
          "id": "10158392817263541",
          "about": "Returns no data since 2018, but old apps still see \"about\" text.",
          "age_range": { "min": 21, "max": 24 },
          "birthday": "01\/31\/1990",
          "education": [
            { "id": "301", "type": "College", "school": { "id": "302", "name": "Trinity College Dublin" },
              "year": { "id": "303", "name": "2012" }, "degree": { "id": "304", "name": "BA (Mod.)" },
              "concentration": [ { "id": "305", "name": "Computer Science" } ],
              "classes": [ { "id": "306", "name": "Algorithms", "description": "CS3012 \u2013 year 3" } ],
              "with": [ { "id": "307", "name": "Aoife" } ] }
          ],
          "email": "zoe\/obrien@example.com",
          "favorite_athletes": [ { "id": "11", "name": "Brian O\u2019Driscoll", "description": "Rugby" } ],
          "favorite_teams": [ { "id": "1", "name": "Leinster Rugby", "from": { "id": "9", "name": "Zo\u00eb" }, "with": [ { "id": "2", "name": "Aoife" } ] } ],
          "first_name": "Zo\u00eb",
          "gender": "female",
          "hometown": { "id": "108424279189115", "name": "Dublin, Ireland" },
          "id_for_avatars": "778899001122",
          "inspirational_people": [ { "id": "12", "name": "Ada Lovelace" }, { "id": "13", "name": "Grace Hopper" } ],
          "installed": true,
          "is_guest_user": false,
          "languages": [ { "id": "14", "name": "English" }, { "id": "15", "name": "Gaeilge" } ],
          "last_name": "O\u2019Brien",
          "link": "https:\/\/www.facebook.com\/app_scoped_user_id\/10158392817263541\/",
          "local_news_megaphone_dismiss_status": false,
          "local_news_subscription_status": true,
          "locale": "en_GB",
          "location": { "id": "106078429431815", "name": "London, United Kingdom" },
          "meeting_for": ["friendship", "networking"],
          "middle_name": null,
          "name": "Zo\u00eb \"Zo\" O\u2019Brien",
          "name_format": "{first} {last}",
          "political": "",
          "quotes": "\"Be yourself; everyone else is already taken.\"\n\u2014 Oscar Wilde",
          "relationship_status": "It\u0027s complicated",
          "shared_login_upgrade_required_by": "2019-01-01T12:00:00+0000",
          "short_name": "Zo\u00eb",
          "significant_other": { "id": "42", "name": "Sam" },
          "sports": [ { "id": "16", "name": "Rugby union" } ],
          "supports_donate_button_in_live_video": false,
          "third_party_id": "zHn_3rdP4rty-Id",
          "timezone": -4.5,
          "token_for_business": "AbCdEfGh123456",
          "updated_time": "2024-02-29T23:59:59+0000",
          "verified": true,
          "video_upload_limits": { "length": 14400, "size": 274877906944 },
          "website": "https:\/\/zoe.example.com\/?a=1&b=\u00e9",
          "picture": { "data": { "height": 50, "is_silhouette": false, "url": "https:\/\/example.com\/p.jpg", "width": 50 } },
          "albums": {
            "data": [
              { "id": "501", "name": "Holidays", "created_time": "2020-07-01T08:30:00+0000", "count": 12,
                "photos": { "data": [ { "id": "601", "name": "Beach" }, { "id": "602", "name": "Caf\u00e9" } ],
                            "paging": { "cursors": { "before": "QVFI", "after": "QVFJ" } } } },
              { "id": "502", "name": "Profile pictures", "created_time": "2019-03-01T10:00:00+0000", "count": 3 }
            ],
            "paging": { "cursors": { "before": "MTAx", "after": "NTAx" }, "next": "https:\/\/graph.facebook.com\/v25.0\/10158392817263541\/albums?after=NTAx" }
          }
        }
        """);

    /// <summary>
    /// A second all-fields User, written from the field list of Graph's User reference page (copied into this file,
    /// not read from anywhere): every field the page lists with a value of its documented type, Graph's <c>+0000</c>
    /// dates, nested objects two levels deep, fields and nested members this schema does not know (skipped by both
    /// readers), and enum-shaped values that no schema version lists (in those unknown fields, since the User node's
    /// own fields are strings and booleans here).
    /// </summary>
    public static readonly byte[] ReferenceUser = Encoding.UTF8.GetBytes("""
        {
          "id": "1002003004005006",
          "about": "",
          "age_range": { "min": 18, "max": 20, "audience_bucket": "AGE_BUCKET_NEW_2030" },
          "birthday": "08/15",
          "education": [
            { "id": "7001", "type": "High School", "school": { "id": "7002", "name": "Col\u00e1iste Eoin" },
              "year": { "id": "7003", "name": "2015" }, "verification_state": "PENDING_REVIEW_V2" },
            { "id": "7011", "type": "Graduate School", "school": { "id": "7012", "name": "University of Galway" },
              "degree": { "id": "7014", "name": "MSc" }, "concentration": [ { "id": "7015", "name": "Data Science" }, { "id": "7016", "name": "Statistics" } ] }
          ],
          "email": "niamh.kelly@example.org",
          "favorite_athletes": [ { "id": "8001", "name": "Katie Taylor", "description": "Boxing" }, { "id": "8002", "name": "Rhys McClenaghan" } ],
          "favorite_teams": [ { "id": "8101", "name": "Galway GAA", "with": [ { "id": "8102", "name": "Cian" } ] } ],
          "first_name": "Niamh",
          "gender": "female",
          "hometown": { "id": "105675659468013", "name": "Galway, Ireland", "category_v3": "CITY_UNKNOWN" },
          "id_for_avatars": "9988776655443322",
          "inspirational_people": [ { "id": "8201", "name": "Mary Robinson" } ],
          "installed": true,
          "is_guest_user": false,
          "languages": [ { "id": "8301", "name": "Irish" }, { "id": "8302", "name": "English" }, { "id": "8303", "name": "French" } ],
          "last_name": "Kelly",
          "link": "https://www.facebook.com/app_scoped_user_id/YXNfaWQ6MTAwMjAwMzAwNA/",
          "local_news_megaphone_dismiss_status": true,
          "local_news_subscription_status": false,
          "locale": "ga_IE",
          "location": { "id": "106068199427925", "name": "Cork, Ireland" },
          "meeting_for": [ "networking" ],
          "middle_name": "Aoife",
          "name": "Niamh Aoife Kelly",
          "name_format": "{first} {middle} {last}",
          "political": "",
          "quotes": "N\u00ed neart go cur le ch\u00e9ile.",
          "relationship_status": "",
          "shared_login_upgrade_required_by": "2025-06-30T00:00:00+0000",
          "short_name": "Niamh",
          "significant_other": { "id": "1002003004009999", "name": "Cian Murphy", "hometown": { "id": "105675659468013", "name": "Galway, Ireland" } },
          "sports": [ { "id": "8401", "name": "Camogie", "from": { "id": "8402", "name": "Aoife" } } ],
          "supports_donate_button_in_live_video": true,
          "third_party_id": "",
          "timezone": 1,
          "token_for_business": "AbX9kPq2LmN8sT4v",
          "updated_time": "2025-11-02T17:45:12+0000",
          "verified": true,
          "video_upload_limits": { "length": 7200, "size": 10737418240, "tier": "UPLOAD_TIER_NEW" },
          "website": "https://niamh.example.org/",
          "subscription_status": "STATUS_ON_TRIAL",
          "messenger_capabilities": { "state": "CAPABILITY_ROLLOUT_V7", "since": "2025-01-01T00:00:00+0000", "tags": [ "ALPHA_NEW", "BETA_NEW" ] },
          "picture": { "data": { "height": 100, "is_silhouette": true, "url": "https://example.com/silhouette.png", "width": 100 } }
        }
        """);

    /// <summary><c>GET /{user}/albums?fields=...</c> with every Album field, 100 items and paging.</summary>
    public static readonly byte[] AlbumPage = Encoding.UTF8.GetBytes(BuildAlbumPage(100));

    private static string BuildAlbumPage(int count)
    {
        var json = new StringBuilder("{\"data\":[");
        for (int i = 0; i < count; i++)
        {
            string id = (1_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
            if (i > 0) json.Append(',');
            json.Append("{\"id\":\"").Append(id).Append('"')
                .Append(",\"can_upload\":").Append(i % 2 == 0 ? "true" : "false")
                .Append(",\"count\":").Append((i * 7) % 500)
                .Append(",\"cover_photo\":{\"id\":\"").Append(id).Append("01\",\"name\":\"Cover \\u00e9 ").Append(i).Append("\"}")
                .Append(",\"created_time\":\"2020-07-").Append((i % 28 + 1).ToString("00", CultureInfo.InvariantCulture)).Append("T08:30:00+0000\"")
                .Append(",\"description\":\"Album ").Append(i).Append(" \\u2014 \\\"quoted\\\" text with a line\\nbreak\"")
                .Append(",\"link\":\"https:\\/\\/www.facebook.com\\/album.php?fbid=").Append(id).Append("\"")
                .Append(",\"location\":\"Dublin, Ireland\"")
                .Append(",\"name\":\"Holidays ").Append(i).Append("\"")
                .Append(",\"photo_count\":").Append(i * 3)
                .Append(",\"privacy\":\"friends\"")
                .Append(",\"type\":\"normal\"")
                .Append(",\"updated_time\":\"2024-02-").Append((i % 28 + 1).ToString("00", CultureInfo.InvariantCulture)).Append("T23:59:59+0000\"")
                .Append(",\"video_count\":").Append(i % 5)
                .Append('}');
        }

        json.Append("],\"paging\":{\"cursors\":{\"before\":\"QVFIUmx1\",\"after\":\"QVFIUjZA\"},")
            .Append("\"next\":\"https:\\/\\/graph.facebook.com\\/v25.0\\/10158392817263541\\/albums?limit=100&after=QVFIUjZA\"}}");
        return json.ToString();
    }
}
