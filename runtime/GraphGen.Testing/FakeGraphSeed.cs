using System;
using System.Globalization;
using System.Text.Json.Nodes;
using GraphGen.Runtime.Metadata;

namespace GraphGen.Testing;

/// <summary>
/// The realistic starting data of a <see cref="FakeGraph"/>: a <c>me</c> user with every live field filled, albums with
/// photos, a page, an ad account and a custom audience. Only types and fields the schema has are seeded, so a smaller
/// schema gets a smaller world. Ids are fixed so tests can name them.
/// </summary>
public static class FakeGraphSeed
{
    /// <summary>The id of the user <c>me</c> stands for.</summary>
    public const string UserId = "100012345678901";

    /// <summary>A page the user manages and likes.</summary>
    public const string PageId = "104987654321001";

    /// <summary>The user's ad account (ids carry the <c>act_</c> prefix).</summary>
    public const string AdAccountId = "act_1029384756";

    /// <summary>A customer-file custom audience of the ad account.</summary>
    public const string CustomAudienceId = "23851234567890001";

    /// <summary>Albums on <c>me/albums</c>.</summary>
    public const int AlbumCount = 120;

    /// <summary>Photos in each album.</summary>
    public const int PhotosPerAlbum = 3;

    private static readonly string[] AlbumNames =
    {
        "Summer in Lisbon", "Profile pictures", "Cover photos", "Mobile uploads", "Hiking the Alps", "Engine drawings",
        "Family", "Conference talks", "Birthday party", "Garden", "Road trip", "Snow day",
    };

    /// <summary>Adds the seed data to <paramref name="data"/>.</summary>
    /// <param name="data">The store (usually empty).</param>
    public static void Apply(FakeGraphData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        GraphSchemaInfo schema = data.Schema;
        var values = new FakeValueFactory(schema, data.NewId);

        Seed(data, values, "Page", PageId, new JsonObject
        {
            ["name"] = "Lovelace Analytical Engines",
            ["about"] = "Engines that weave algebraic patterns.",
            ["category"] = "Computers & Internet Website",
            ["fan_count"] = 12_840,
            ["followers_count"] = 13_102,
            ["username"] = "lovelace.engines",
            ["link"] = "https://www.facebook.com/lovelace.engines",
            ["is_published"] = true,
            ["verification_status"] = "blue_verified",
        });

        Seed(data, values, "User", UserId, new JsonObject
        {
            ["name"] = "Ada Lovelace",
            ["first_name"] = "Ada",
            ["middle_name"] = "King",
            ["last_name"] = "Lovelace",
            ["short_name"] = "Ada",
            ["name_format"] = "{first} {last}",
            ["email"] = "ada.lovelace@example.com",
            ["birthday"] = "12/10/1990",
            ["gender"] = "female",
            ["link"] = "https://www.facebook.com/app_scoped_user_id/" + UserId + "/",
            ["quotes"] = "That brain of mine is something more than merely mortal; as time will show.",
            ["meeting_for"] = new JsonArray("friendship", "networking"),
            ["installed"] = true,
            ["is_guest_user"] = false,
            ["age_range"] = new JsonObject { ["min"] = 21 },
            ["hometown"] = new JsonObject { ["id"] = "108424279189115", ["name"] = "London, United Kingdom" },
            ["location"] = new JsonObject { ["id"] = "110440915644788", ["name"] = "Cambridge, United Kingdom" },
            ["significant_other"] = new JsonObject { ["id"] = "100012345678902", ["name"] = "William King" },
            ["favorite_teams"] = new JsonArray(new JsonObject { ["id"] = "103126493060466", ["name"] = "Arsenal" }),
            ["languages"] = new JsonArray(
                new JsonObject { ["id"] = "106059522759137", ["name"] = "English" },
                new JsonObject { ["id"] = "108106272550772", ["name"] = "French" }),
            ["video_upload_limits"] = new JsonObject { ["length"] = 14_460, ["size"] = 274_877_906_944 },
        });
        if (data.Contains(UserId)) data.Alias("me", UserId);

        SeedUserEdges(data);
        SeedAlbums(data, values);

        Seed(data, values, "AdAccount", AdAccountId, new JsonObject
        {
            ["account_id"] = AdAccountId["act_".Length..],
            ["name"] = "Lovelace Engines - Main",
            ["account_status"] = 1,
            ["currency"] = "USD",
            ["amount_spent"] = "1234567",
            ["balance"] = "0",
            ["spend_cap"] = "5000000",
            ["business_name"] = "Lovelace Analytical Engines Ltd",
            ["disable_reason"] = 0,
            ["is_personal"] = 0,
            ["owner"] = UserId,
            ["timezone_id"] = 79,
            ["timezone_name"] = "Europe/London",
        });

        Seed(data, values, "CustomAudience", CustomAudienceId, new JsonObject
        {
            ["account_id"] = AdAccountId["act_".Length..],
            ["name"] = "Newsletter subscribers",
            ["description"] = "Customer file: newsletter sign-ups",
            ["subtype"] = "CUSTOM",
            ["customer_file_source"] = "USER_PROVIDED_ONLY",
            ["approximate_count_lower_bound"] = 1_000,
            ["approximate_count_upper_bound"] = 1_200,
            ["data_source"] = new JsonObject { ["type"] = "FILE_IMPORTED", ["sub_type"] = "HASHES" },
            ["retention_days"] = 0,
            ["is_value_based"] = false,
            ["lookalike_audience_ids"] = new JsonArray(),
        });
    }

    private static void SeedUserEdges(FakeGraphData data)
    {
        if (!data.Contains(UserId) || data.Schema.FindType("User") is not { } user) return;
        if (data.Contains(PageId))
        {
            if (user.FindEdge("accounts") is not null) data.Link(UserId, "accounts", PageId);
            if (user.FindEdge("likes") is not null) data.Link(UserId, "likes", PageId);
        }

        if (user.FindEdge("picture") is { } picture && data.Schema.FindType(picture.Target) is { } source && source.FindField("url") is not null)
        {
            data.AddToEdge(UserId, "picture", Only(source, new JsonObject
            {
                ["url"] = "https://platform-lookaside.fbsbx.com/platform/profilepic/?asid=" + UserId,
                ["width"] = 50,
                ["height"] = 50,
                ["is_silhouette"] = false,
            }));
        }

        if (user.FindEdge("permissions") is { } permissions && data.Schema.FindType(permissions.Target) is { } permission)
        {
            foreach (string name in new[] { "public_profile", "email", "user_photos", "ads_management" })
            {
                data.AddToEdge(UserId, "permissions", Only(permission, new JsonObject { ["permission"] = name, ["status"] = "granted" }));
            }
        }
    }

    private static void SeedAlbums(FakeGraphData data, FakeValueFactory values)
    {
        if (!data.Contains(UserId) || data.Schema.FindType("User")?.FindEdge("albums") is null || data.Schema.FindType("Album") is not { } album) return;
        GraphTypeInfo? photo = data.Schema.FindType("Photo");
        bool albumPhotos = album.FindEdge("photos") is not null && photo is not null;
        bool userPhotos = data.Schema.FindType("User")!.FindEdge("photos") is not null && photo is not null;
        for (int i = 0; i < AlbumCount; i++)
        {
            string name = $"{AlbumNames[i % AlbumNames.Length]} {2024 - i / AlbumNames.Length}";
            var fields = new JsonObject
            {
                ["name"] = name,
                ["count"] = PhotosPerAlbum,
                ["photo_count"] = PhotosPerAlbum,
                ["video_count"] = 0,
                ["privacy"] = i % 3 == 0 ? "friends" : "everyone",
                ["type"] = i == 1 ? "profile" : i == 2 ? "cover" : i == 3 ? "mobile" : "normal",
                ["can_upload"] = i > 3,
            };
            string albumId = data.AddToEdge(UserId, "albums", values.Fill(album, Only(album, fields), i))!;
            if (!albumPhotos) continue;
            for (int p = 0; p < PhotosPerAlbum; p++)
            {
                var photoFields = new JsonObject
                {
                    ["name"] = $"{name}, photo {p + 1}",
                    ["album"] = new JsonObject { ["id"] = albumId, ["name"] = name },
                    ["alt_text"] = $"May be an image of {AlbumNames[(i + p) % AlbumNames.Length].ToLowerInvariant()}",
                };
                string photoId = data.AddToEdge(albumId, "photos", values.Fill(photo!, Only(photo!, photoFields), i * PhotosPerAlbum + p))!;
                if (userPhotos) data.Link(UserId, "photos", photoId);
            }
        }
    }

    // Stores one node: the given values (those the schema type has), the rest filled by type.
    private static void Seed(FakeGraphData data, FakeValueFactory values, string typeName, string id, JsonObject fields)
    {
        if (data.Schema.FindType(typeName) is not { } type) return;
        JsonObject known = Only(type, fields);
        known["id"] = id;
        data.Put(id, typeName, values.Fill(type, known, int.Parse(id[^3..], NumberStyles.None, CultureInfo.InvariantCulture)));
    }

    // The seed describes the shipped schema; a smaller schema keeps only the fields it declares.
    private static JsonObject Only(GraphTypeInfo type, JsonObject fields)
    {
        var known = new JsonObject();
        foreach (var field in fields)
        {
            if (type.FindField(field.Key) is not null) known[field.Key] = field.Value?.DeepClone();
        }

        return known;
    }
}
