using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace GraphGen.Testing.Tests;

/// <summary>The schema-aware fake over real HTTP, with a hand-built schema and hand-written data.</summary>
public sealed class FakeGraphTests : IAsyncLifetime
{
    private FakeGraph _fake = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeGraph.StartAsync(TestSchema.Create(), seed: false);
        _http = new HttpClient { BaseAddress = _fake.BaseAddress };
        _fake.Data.Put("7", "User", new JsonObject
        {
            ["name"] = "Ada Lovelace", ["first_name"] = "Ada", ["email"] = "ada@example.com",
            ["hometown"] = new JsonObject { ["id"] = "55", ["name"] = "London", ["fan_count"] = 10 },
        });
        _fake.Data.Alias("me", "7");
        for (int i = 1; i <= 7; i++)
        {
            string album = _fake.Data.AddToEdge("me", "albums", new JsonObject { ["name"] = $"Album {i}", ["count"] = 3 })!;
            for (int p = 1; p <= 3; p++) _fake.Data.AddToEdge(album, "photos", new JsonObject { ["name"] = $"Photo {i}.{p}", ["width"] = 640 });
        }
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Nested_field_selection_renders_only_what_was_asked_with_edge_limits()
    {
        (HttpStatusCode status, JsonObject me) = await GetAsync("/v25.0/me?fields=id,name,albums.limit(2){name,photos.limit(1){name}}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(new[] { "id", "name", "albums" }, me.Select(p => p.Key));
        Assert.Equal("7", (string?)me["id"]);
        JsonArray albums = me["albums"]!["data"]!.AsArray();
        Assert.Equal(new[] { "Album 1", "Album 2" }, albums.Select(a => (string?)a!["name"]));
        Assert.Equal(new[] { "name", "photos" }, albums[0]!.AsObject().Select(p => p.Key));
        Assert.Equal("Photo 1.1", (string?)Assert.Single(albums[0]!["photos"]!["data"]!.AsArray())!["name"]);
        string next = (string)me["albums"]!["paging"]!["next"]!;
        Assert.StartsWith(_fake.BaseAddress.AbsoluteUri + "v25.0/7/albums?", next);
        Assert.Contains("limit=2", next);
    }

    [Fact]
    public async Task Object_fields_expand_with_their_own_sub_selection()
    {
        (_, JsonObject me) = await GetAsync("/v25.0/me?fields=hometown{name}");

        Assert.Equal("""{"hometown":{"name":"London"}}""", me.ToJsonString());
    }

    [Fact]
    public async Task Unknown_field_answers_graphs_own_error_naming_the_node_type()
    {
        using HttpResponseMessage response = await _http.GetAsync("/v25.0/me?fields=id,foo");
        JsonObject error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!.AsObject();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("(#100) Tried accessing nonexisting field (foo) on node type (User)", (string?)error["message"]);
        Assert.Equal("OAuthException", (string?)error["type"]);
        Assert.Equal(100, (int)error["code"]!);
        Assert.False(string.IsNullOrEmpty((string?)error["fbtrace_id"]));
    }

    [Fact]
    public async Task Unknown_field_inside_an_expansion_names_the_nested_type()
    {
        (HttpStatusCode status, JsonObject body) = await GetAsync("/v25.0/me?fields=albums{name,bogus}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("(#100) Tried accessing nonexisting field (bogus) on node type (Album)", (string?)body["error"]!["message"]);
    }

    [Fact]
    public async Task Without_fields_the_default_fields_are_returned_or_id_and_name()
    {
        (_, JsonObject me) = await GetAsync("/v25.0/me");
        (_, JsonObject page) = await GetAsync("/v25.0/me/albums?limit=1");

        Assert.Equal("""{"id":"7","name":"Ada Lovelace"}""", me.ToJsonString());
        Assert.Equal(new[] { "id", "name" }, page["data"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public async Task Edge_pages_follow_absolute_next_links_until_the_last_page_which_has_none()
    {
        var names = new List<string>();
        string? url = "/v25.0/me/albums?fields=name&limit=3";
        int pages = 0;
        while (url is not null)
        {
            (HttpStatusCode status, JsonObject page) = await GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, status);
            names.AddRange(page["data"]!.AsArray().Select(a => (string)a!["name"]!));
            JsonObject paging = page["paging"]!.AsObject();
            Assert.True(EdgeCursor.TryDecode((string)paging["cursors"]!["after"]!, out _));
            url = (string?)paging["next"];
            if (url is not null) Assert.StartsWith(_fake.BaseAddress.AbsoluteUri, url);
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"Album {i}"), names);
    }

    [Fact]
    public async Task Non_paged_edges_answer_a_single_object_in_data()
    {
        _fake.Data.AddToEdge("me", "picture", new JsonObject { ["url"] = "https://example.com/p.jpg", ["width"] = 50 });

        (_, JsonObject picture) = await GetAsync("/v25.0/me/picture");

        Assert.Equal("""{"data":{"url":"https://example.com/p.jpg","width":50}}""", picture.ToJsonString());
    }

    [Fact]
    public async Task Post_to_a_node_updates_fields_named_by_the_parameters_and_reads_back()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["firstname"] = "Augusta" });
        using HttpResponseMessage update = await _http.PostAsync("/v25.0/me", form);
        (_, JsonObject me) = await GetAsync("/v25.0/me?fields=first_name");

        Assert.Equal("""{"success":true}""", await update.Content.ReadAsStringAsync());
        Assert.Equal("Augusta", (string?)me["first_name"]);
        Assert.Equal("Augusta", (string?)_fake.Data.Get("7")!["first_name"]);
    }

    [Fact]
    public async Task Delete_removes_the_node_and_later_reads_get_graphs_unsupported_request_error()
    {
        using HttpResponseMessage delete = await _http.DeleteAsync("/v25.0/7");
        (HttpStatusCode status, JsonObject body) = await GetAsync("/v25.0/7");

        Assert.Equal("""{"success":true}""", await delete.Content.ReadAsStringAsync());
        Assert.False(_fake.Data.Contains("7"));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(33, (int)body["error"]!["error_subcode"]!);
        Assert.StartsWith("Unsupported get request. Object with ID '7' does not exist", (string?)body["error"]!["message"]);
    }

    [Fact]
    public async Task Missing_required_parameter_answers_error_100_naming_it()
    {
        _fake.Data.Put("act_9", "AdAccount", new JsonObject { ["name"] = "Main" });

        using var request = new HttpRequestMessage(HttpMethod.Delete, "/v25.0/act_9/assigned_users") { Content = new FormUrlEncodedContent(new Dictionary<string, string>()) };
        using HttpResponseMessage response = await _http.SendAsync(request);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("(#100) The parameter user is required", (string?)body["error"]!["message"]);
    }

    [Fact]
    public async Task Operations_the_schema_does_not_have_are_unsupported()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x" });
        using HttpResponseMessage response = await _http.PostAsync("/v25.0/me/albums", form);
        JsonNode body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Unsupported post request.", (string?)body["error"]!["message"]);
    }

    [Fact]
    public async Task Audience_uploads_are_recorded_per_session_with_session_as_its_own_field_or_inside_payload()
    {
        _fake.Data.Put("600", "CustomAudience", new JsonObject { ["name"] = "Subscribers", ["approximate_count_lower_bound"] = 0 });

        JsonObject first = await PostFormAsync("/v25.0/600/users", new()
        {
            ["payload"] = """{"schema":["EMAIL","FN"],"data":[["a","b"],["c","d"],["e"]]}""",
            ["session"] = """{"session_id":99,"batch_seq":1,"last_batch_flag":false,"estimated_num_total":4}""",
        });
        JsonObject second = await PostFormAsync("/v25.0/600/users", new()
        {
            ["payload"] = """{"schema":["EMAIL","FN"],"data":[["f","g"]],"session":{"session_id":99,"batch_seq":2,"last_batch_flag":true}}""",
        });

        Assert.Equal("""{"audience_id":"600","session_id":"99","num_received":3,"num_invalid_entries":1,"invalid_entry_samples":{"e":"Expected 2 values per row"}}""", first.ToJsonString());
        Assert.Equal(1, (int)second["num_received"]!);
        FakeAudienceSession session = Assert.Single(_fake.AudienceUploads.Sessions);
        Assert.Equal(99, session.SessionId);
        Assert.Equal(new long[] { 1, 2 }, session.BatchSeqs);
        Assert.True(session.IsComplete);
        Assert.Equal(4, session.TotalRows);
        Assert.Equal(4, session.Batches[0].EstimatedTotal);
        Assert.Equal(new[] { "EMAIL", "FN" }, session.Batches[0].Schema);
        Assert.Equal(3, (long)_fake.Data.Get("600")!["approximate_count_lower_bound"]!);
    }

    [Fact]
    public async Task Audience_upload_without_payload_is_a_missing_parameter()
    {
        _fake.Data.Put("600", "CustomAudience", new JsonObject { ["name"] = "Subscribers" });

        JsonObject body = await PostFormAsync("/v25.0/600/users", new() { ["session"] = "{}" });

        Assert.Equal("(#100) The parameter payload is required", (string?)body["error"]!["message"]);
        Assert.Empty(_fake.AudienceUploads.Batches);
    }

    [Fact]
    public async Task Batch_dispatches_each_item_and_answers_code_headers_and_body()
    {
        JsonNode batch = await PostFormNodeAsync("/v25.0/", new()
        {
            ["batch"] = """[{"method":"GET","relative_url":"me?fields=name"},{"method":"GET","relative_url":"v25.0/me?fields=nope"},{"method":"POST","relative_url":"me","body":"name=Ada%20K"}]""",
        });

        JsonArray items = batch.AsArray();
        Assert.Equal(3, items.Count);
        Assert.Equal(200, (int)items[0]!["code"]!);
        Assert.Equal("""{"name":"Ada Lovelace"}""", (string?)items[0]!["body"]);
        Assert.Contains(items[0]!["headers"]!.AsArray(), h => (string?)h!["name"] == "Content-Type");
        Assert.Equal(400, (int)items[1]!["code"]!);
        Assert.Contains("nonexisting field (nope)", (string?)items[1]!["body"]);
        Assert.Equal("""{"success":true}""", (string?)items[2]!["body"]);
        Assert.Equal("Ada K", (string?)_fake.Data.Get("me")!["name"]);
    }

    [Fact]
    public async Task Injected_throttling_answers_the_next_n_requests_with_usage_headers_then_normal_answers_resume()
    {
        FakeFaultRule rule = _fake.Inject("GET", "/v25.0/*/albums", FakeFault.Throttle(80004, regainAccessMinutes: 3), times: 2);

        using HttpResponseMessage first = await _http.GetAsync("/v25.0/me/albums");
        using HttpResponseMessage second = await _http.GetAsync("/v25.0/me/albums");
        using HttpResponseMessage third = await _http.GetAsync("/v25.0/me/albums");
        using HttpResponseMessage other = await _http.GetAsync("/v25.0/me");

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(80004, (int)JsonNode.Parse(await first.Content.ReadAsStringAsync())!["error"]!["code"]!);
        string usage = Assert.Single(first.Headers.GetValues("X-Business-Use-Case-Usage"));
        Assert.Equal(3, (int)JsonNode.Parse(usage)!["1234567890"]![0]!["estimated_time_to_regain_access"]!);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(2, rule.Hits);
        Assert.Equal(0, rule.Remaining);
    }

    [Theory]
    [InlineData(4, 403, "X-App-Usage")]
    [InlineData(613, 400, "X-App-Usage")]
    [InlineData(80003, 400, "X-Business-Use-Case-Usage")]
    public async Task Throttling_codes_carry_the_status_and_usage_header_graph_sends(int code, int status, string header)
    {
        _fake.Inject(null, "/**", FakeFault.Throttle(code));

        using HttpResponseMessage response = await _http.GetAsync("/v25.0/me");

        Assert.Equal(status, (int)response.StatusCode);
        Assert.True(response.Headers.Contains(header));
        Assert.Equal(code, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!["code"]!);
    }

    [Fact]
    public async Task Injected_errors_carry_code_subcode_and_transient_flag_and_latency_keeps_the_normal_answer()
    {
        _fake.Inject("GET", "/v25.0/me", FakeFault.Error(2, 1234, isTransient: true, statusCode: 500));
        _fake.Inject("GET", "/v25.0/me", FakeFault.Delay(TimeSpan.FromMilliseconds(1)));

        (HttpStatusCode failed, JsonObject error) = await GetAsync("/v25.0/me");
        (HttpStatusCode delayed, JsonObject me) = await GetAsync("/v25.0/me");

        Assert.Equal(HttpStatusCode.InternalServerError, failed);
        Assert.Equal(1234, (int)error["error"]!["error_subcode"]!);
        Assert.True((bool)error["error"]!["is_transient"]!);
        Assert.Equal(HttpStatusCode.OK, delayed);
        Assert.Equal("Ada Lovelace", (string?)me["name"]);
    }

    [Fact]
    public async Task Scripted_routes_take_precedence_and_requests_are_recorded()
    {
        _fake.On("GET", "/v25.0/me").Respond(FakeResponse.Json("""{"id":"scripted"}"""));

        (_, JsonObject me) = await GetAsync("/v25.0/me?fields=id");

        Assert.Equal("scripted", (string?)me["id"]);
        Assert.Equal("id", Assert.Single(_fake.Requests).Query["fields"]);
    }

    [Fact]
    public void Data_rejects_fields_the_schema_type_does_not_have()
    {
        var error = Assert.Throws<ArgumentException>(() => _fake.Data.Put("8", "User", new JsonObject { ["albums"] = "x" }));
        Assert.Contains("use AddToEdge", error.Message);
        Assert.Throws<ArgumentException>(() => _fake.Data.Put("8", "Nope", new JsonObject()));
    }

    [Fact]
    public async Task Seeding_a_small_schema_fills_only_what_it_declares()
    {
        await using FakeGraph seeded = await FakeGraph.StartAsync(TestSchema.Create());

        JsonObject me = seeded.Data.Get("me")!;
        Assert.Equal(FakeGraphSeed.UserId, (string?)me["id"]);
        Assert.Equal("Ada", (string?)me["first_name"]);
        Assert.False(me.ContainsKey("about")); // deprecated: Graph returns no data
        Assert.Equal(FakeGraphSeed.AlbumCount, seeded.Data.Edge("me", "albums").Count);
        Assert.Equal(FakeGraphSeed.PhotosPerAlbum, seeded.Data.Edge(seeded.Data.Edge("me", "albums")[0]["id"]!.ToString(), "photos").Count);
        Assert.True(seeded.Data.Contains(FakeGraphSeed.CustomAudienceId));
        Assert.Equal("AdAccount", seeded.Data.TypeOf(FakeGraphSeed.AdAccountId));
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> GetAsync(string url)
    {
        using HttpResponseMessage response = await _http.GetAsync(url);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private async Task<JsonObject> PostFormAsync(string url, Dictionary<string, string> form) => (await PostFormNodeAsync(url, form)).AsObject();

    private async Task<JsonNode> PostFormNodeAsync(string url, Dictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using HttpResponseMessage response = await _http.PostAsync(url, content);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
