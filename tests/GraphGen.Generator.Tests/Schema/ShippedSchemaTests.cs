using System;
using System.IO;
using System.Linq;
using GraphGen.Generator.Schema;
using GraphGen.Generator.Schema.Model;

namespace GraphGen.Generator.Tests.Schema;

/// <summary>
/// The shipped schema (schema/facebook) holds everything the Graph API reference page for User says. The expected
/// names are kept here as data, transcribed from that page, so a schema edit that drops one fails.
/// </summary>
public sealed class ShippedSchemaTests
{
    // The page's "Fields" table (v19.0), in page order, without id_for_avatars: v25.0's spec no longer has it, and the
    // schema moved to v25.0 with `graphgen import --update` (docs/upgrades/v19.0-to-v25.0.md).
    private static readonly string[] UserFields = { "id", "about", "age_range", "birthday", "education", "email", "favorite_athletes", "favorite_teams", "first_name", "gender", "hometown", "inspirational_people", "installed", "is_guest_user", "languages", "last_name", "link", "local_news_megaphone_dismiss_status", "local_news_subscription_status", "locale", "location", "meeting_for", "middle_name", "name", "name_format", "political", "quotes", "relationship_status", "shared_login_upgrade_required_by", "significant_other", "sports", "supports_donate_button_in_live_video", "third_party_id", "timezone", "token_for_business", "updated_time", "verified", "video_upload_limits", "website" };

    // The page lists edges by description; wire names recovered from facebook-api-specs User.json.
    private static readonly string[] UserEdges = { "accounts", "ad_studies", "albums", "apprequestformerrecipients", "apprequests", "assigned_business_asset_groups", "assigned_pages", "assigned_product_catalogs", "business_users", "businesses", "conversations", "custom_labels", "feed", "ids_for_apps", "ids_for_business", "ids_for_pages", "likes", "live_videos", "music", "payment_transactions", "permissions", "photos", "picture", "rich_media_documents", "videos" };

    private static readonly string[] UpdateParameters = { "emoji_color_pref", "firstname", "lastname", "local_news_megaphone_dismiss_status", "local_news_subscription_status", "name", "password" };

    private static readonly string[] DataSourceTypes = { "UNKNOWN", "FILE_IMPORTED", "EVENT_BASED", "SEED_BASED", "THIRD_PARTY_IMPORTED", "COPY_PASTE", "CONTACT_IMPORTER", "HOUSEHOLD_AUDIENCE" };

    private static readonly string[] DataSourceSubTypes = { "ANYTHING", "NOTHING", "HASHES", "USER_IDS", "HASHES_OR_USER_IDS", "MOBILE_ADVERTISER_IDS", "EXTERNAL_IDS", "MULTI_HASHES", "TOKENS", "EXTERNAL_IDS_MIX", "HOUSEHOLD_EXPANSION", "SUBSCRIBER_LIST", "WEB_PIXEL_HITS", "MOBILE_APP_EVENTS", "MOBILE_APP_COMBINATION_EVENTS", "VIDEO_EVENTS", "WEB_PIXEL_COMBINATION_EVENTS", "PLATFORM", "MULTI_DATA_EVENTS", "IG_BUSINESS_EVENTS", "STORE_VISIT_EVENTS", "INSTANT_ARTICLE_EVENTS", "FB_EVENT_SIGNALS", "MARKETPLACE_LISTINGS", "FACEBOOK_WIFI_EVENTS", "AR_EXPERIENCE_EVENTS", "AR_EFFECTS_EVENTS", "MESSENGER_ONSITE_SUBSCRIPTION", "WHATSAPP_SUBSCRIBER_POOL", "ENGAGEMENT_EVENT_USERS", "CUSTOM_AUDIENCE_USERS", "PAGE_FANS", "CONVERSION_PIXEL_HITS", "APP_USERS", "S_EXPR", "DYNAMIC_RULE", "CAMPAIGN_CONVERSIONS", "WEB_PIXEL_HITS_CUSTOM_AUDIENCE_USERS", "MOBILE_APP_CUSTOM_AUDIENCE_USERS", "COMBINATION_CUSTOM_AUDIENCE_USERS", "VIDEO_EVENT_USERS", "FB_PIXEL_HITS", "IG_PROMOTED_POST", "PLACE_VISITS", "OFFLINE_EVENT_USERS", "EXPANDED_AUDIENCE", "SEED_LIST", "PARTNER_CATEGORY_USERS", "PAGE_SMART_AUDIENCE", "MULTICOUNTRY_COMBINATION", "PLATFORM_USERS", "MULTI_EVENT_SOURCE", "SMART_AUDIENCE", "LOOKALIKE_PLATFORM", "SIGNAL_SOURCE", "MAIL_CHIMP_EMAIL_HASHES", "CONSTANT_CONTACTS_EMAIL_HASHES", "COPY_PASTE_EMAIL_HASHES", "CUSTOM_DATA_TARGETING", "CONTACT_IMPORTER", "DATA_FILE" };

    private static readonly string[] MatchKeys = { "EMAIL_SHA256", "PHONE_SHA256", "MOBILE_ADVERTISER_ID", "EXTERN_ID", "EMAIL", "PHONE", "GEN", "DOBY", "DOBM", "DOBD", "LN", "FN", "FI", "CT", "ST", "ZIP", "MADID", "COUNTRY", "LOOKALIKE_VALUE" };

    // Every error code of the page with its description, verbatim.
    private static readonly (int Code, string Description)[] PageErrors =
    {
        (100, "Invalid parameter"),
        (105, "The number of parameters exceeded the maximum for this operation"),
        (110, "Invalid user id"),
        (190, "Invalid OAuth 2.0 Access Token"),
        (200, "Permissions error"),
        (210, "User not visible"),
        (240, "Desktop applications cannot call this function for other users"),
        (270, "This Ads API request is not allowed for apps with development access level (Development access is by default for all apps, please request for upgrade). Make sure that the access token belongs to a user that is both admin of the app and admin of the ad account"),
        (368, "The action attempted has been deemed abusive or is otherwise disallowed"),
        (457, "The session has an invalid origin"),
        (459, "The session is invalid because the user has been checkpointed"),
        (613, "Calls to this api have exceeded the rate limit."),
        (2650, "Failed to update the custom audience"),
        (2903, "Cannot delete this test account"),
        (2904, "Cannot delete the OG Test User"),
        (3919, "There was an unexpected technical issue. Please try again."),
        (80003, "There have been too many calls to this ad-account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting#custom-audience."),
        (80004, "There have been too many calls to this ad-account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting#ads-management."),
        (80006, "There have been too many messenger api calls to this Page account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting."),
    };

    private static readonly Lazy<GraphSchema> Shipped = new(() =>
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Inputs", "schema");
        var documents = Directory.GetFiles(folder, "*.graph.yaml", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => SchemaLoader.Load(p, File.ReadAllText(p)));
        return SchemaValidator.Combine(documents);
    });

    private static NodeSchema Node(string name) => Shipped.Value.Nodes.Single(n => n.Name == name);

    [Fact]
    public void Shipped_schema_loads_without_any_diagnostic()
    {
        Assert.Empty(Shipped.Value.Diagnostics.Select(d => d.Message));
        Assert.Equal("v25.0", Shipped.Value.ApiVersion);
        Assert.Equal("GraphGen.Facebook", Shipped.Value.Namespace);
    }

    [Fact]
    public void User_has_every_field_of_the_page_with_a_description()
    {
        var user = Node("User");
        var fields = user.Fields.Select(f => f.WireName).ToList();
        Assert.Empty(UserFields.Except(fields));
        Assert.All(user.Fields.Where(f => UserFields.Contains(f.WireName)), f => Assert.False(string.IsNullOrWhiteSpace(f.Description), f.WireName));
    }

    [Fact]
    public void User_field_attributes_follow_the_page()
    {
        var user = Node("User");
        FieldSchema Field(string name) => user.Fields.Single(f => f.WireName == name);

        Assert.Equal("2018-04-04", Field("about").NoDataSince);
        Assert.Equal("2018-04-04", Field("website").NoDataSince);
        Assert.NotNull(Field("third_party_id").Deprecated);
        Assert.True(Field("locale").CoreDeprecated);
        Assert.Equal(-24, Field("timezone").Min);
        Assert.Equal(24, Field("timezone").Max);
        Assert.Equal("user_location", Field("location").Permission);
        Assert.Equal(ScalarKind.Id, Field("id").Type.Scalar);
        Assert.Equal(ScalarKind.DateTime, Field("shared_login_upgrade_required_by").Type.Scalar);   // the page says timestamp; v25.0's spec datetime
        Assert.Equal(TypeKind.List, Field("meeting_for").Type.Kind);
        Assert.Equal(
            new[] { "id", "first_name", "last_name", "middle_name", "name", "name_format", "short_name" }.OrderBy(x => x),
            user.Fields.Where(f => f.IsDefault).Select(f => f.WireName).OrderBy(x => x));
    }

    [Fact]
    public void User_has_every_edge_of_the_page_with_a_declared_target()
    {
        var user = Node("User");
        Assert.Empty(UserEdges.Except(user.Edges.Select(e => e.WireName)));
        Assert.All(user.Edges.Where(e => UserEdges.Contains(e.WireName)), e => Assert.Contains(Shipped.Value.Nodes, n => n.Name == e.Target));

        // The v25.0 spec's other edges of User: to a declared node, or raw JSON items where the schema declares none.
        Assert.All(user.Edges, e => Assert.True(e.Target == EdgeSchema.RawJsonTarget || Shipped.Value.Nodes.Any(n => n.Name == e.Target), e.WireName));
        Assert.Contains(user.Edges, e => e.WireName == "friends");
        Assert.Equal(PagingKind.None, user.Edges.Single(e => e.WireName == "picture").Paging);
    }

    [Fact]
    public void User_operations_have_the_pages_parameters_and_error_codes()
    {
        var user = Node("User");
        var update = user.Operations.Single(o => o.Name == "update");
        Assert.Equal(OperationMethod.Post, update.Method);
        Assert.True(update.ReadAfterWrite);
        Assert.Equal(UpdateParameters, update.Params.Select(p => p.WireName));
        Assert.Equal(new[] { 190, 459, 200, 100, 240, 368, 210, 270 }, update.Errors);

        var delete = user.Operations.Single(o => o.Name == "delete");
        Assert.Equal(OperationMethod.Delete, delete.Method);
        Assert.Equal(new[] { 2903, 100, 2904, 200, 240 }, delete.Errors);

        var get = user.Operations.Single(o => o.Name == "get");
        Assert.Equal(new[] { 100, 190, 459, 200, 368, 80004, 613, 210, 80006, 110 }, get.Errors);
    }

    [Fact]
    public void Operations_on_other_nodes_concerning_users_are_declared()
    {
        var users = Node("CustomAudience").Edges.Single(e => e.WireName == "users");
        Assert.False(users.Readable);
        var add = users.Operations.Single(o => o.Method == OperationMethod.Post);
        var remove = users.Operations.Single(o => o.Method == OperationMethod.Delete);
        Assert.Equal(new[] { 100, 200, 2650, 190, 105, 368 }, add.Errors);
        Assert.Equal(new[] { 80003, 200, 100, 2650 }, remove.Errors);

        var payload = Shipped.Value.Nodes.Single(n => n.Name == add.Params.Single(p => p.WireName == "payload").Type.Name);
        Assert.Equal(new[] { "schema", "is_raw", "data", "app_ids", "page_ids", "data_source", "metadata" }, payload.Fields.Select(f => f.WireName));
        var session = Shipped.Value.Nodes.Single(n => n.Name == add.Params.Single(p => p.WireName == "session").Type.Name);
        Assert.Equal(new[] { "session_id", "estimated_num_total", "batch_seq", "last_batch_flag" }, session.Fields.Select(f => f.WireName));
        var result = Shipped.Value.Nodes.Single(n => n.Name == add.Returns);
        Assert.Equal(new[] { "audience_id", "session_id", "num_received", "num_invalid_entries", "invalid_entry_samples" }, result.Fields.Select(f => f.WireName));

        var blocked = Node("Page").Edges.Single(e => e.WireName == "blocked").Operations.Single();
        Assert.Equal(new[] { "asid", "psid", "uid", "user" }, blocked.Params.Select(p => p.WireName));
        Assert.NotNull(blocked.Params.Single(p => p.WireName == "uid").Deprecated);
        Assert.Equal(new[] { "user", "uid" }, Assert.Single(blocked.OneOf));

        var assigned = Node("AdAccount").Edges.Single(e => e.WireName == "assigned_users").Operations.Single(o => o.Method == OperationMethod.Delete);
        Assert.True(assigned.Params.Single(p => p.WireName == "user").Required);
        Assert.Equal(new[] { 3919, 100, 457 }, assigned.Errors);
        Assert.Equal("act_", Node("AdAccount").IdPrefix);
    }

    [Fact]
    public void Enums_hold_every_wire_value_of_the_page_verbatim()
    {
        EnumSchema Enum(string name) => Shipped.Value.Enums.Single(e => e.Name == name);
        Assert.Equal(DataSourceTypes, Enum("CustomAudienceDataSource_type").Values.Select(v => v.WireValue));
        Assert.Empty(DataSourceSubTypes.Except(Enum("CustomAudienceDataSource_sub_type").Values.Select(v => v.WireValue)));
        Assert.Equal(MatchKeys.OrderBy(k => k), Enum("CustomAudienceMatchKey").Values.Select(v => v.WireValue).OrderBy(k => k));
        Assert.Equal(new[] { "YES", "NO" }, Enum("user_local_news_megaphone_dismiss_status").Values.Select(v => v.WireValue));
        Assert.Equal(new[] { "STATUS_ON", "STATUS_OFF" }, Enum("user_local_news_subscription_status").Values.Select(v => v.WireValue));
    }

    [Fact]
    public void Error_catalog_has_every_code_of_the_page_with_its_description_and_the_throttling_codes()
    {
        var catalog = Shipped.Value.Errors.ToDictionary(e => e.Code);
        foreach (var (code, description) in PageErrors)
        {
            Assert.True(catalog.ContainsKey(code), $"missing error {code}");
            Assert.Equal(description, catalog[code].Description);
        }

        foreach (var code in new[] { 4, 17, 32, 341, 613, 80000, 80001, 80002, 80003, 80004, 80005, 80006, 80008, 80009, 80014 })
        {
            Assert.Equal(ErrorCategory.RateLimit, catalog[code].Category);
        }

        Assert.Equal(ErrorCategory.Transient, catalog[1].Category);
        Assert.Equal(ErrorCategory.Transient, catalog[2].Category);
        Assert.Equal(ErrorCategory.Auth, catalog[190].Category);
        Assert.Equal(ErrorCategory.Validation, catalog[100].Category);
    }
}
