using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using GraphGen.Facebook;
using GraphGen.Runtime;
using GraphGen.Testing;

namespace GraphGen.Generated.Tests;

/// <summary>The generated request builders send what the Graph API expects, against a loopback fake server.</summary>
public sealed class RequestBuilderTests : IAsyncLifetime
{
    private const string Token = "EAAB-test-token-builders";
    private FakeGraphServer _server = null!;
    private HttpClient _http = null!;
    private GraphApi _graph = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeGraphServer.StartAsync();
        _http = GraphHttp.CreateHttpClient();
        var options = GraphApi.CreateOptions();
        options.AccessToken = Token;
        options.BaseAddress = _server.BaseAddress;
        _graph = new GraphApi(new GraphClient(_http, options));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Get_sends_the_rendered_field_selection_to_the_schema_api_version()
    {
        _server.On("GET", "/v25.0/me").Respond(FakeResponse.Json("""{"id":"1","name":"Ada","albums":{"data":[{"name":"A"}]}}"""));

        var me = await _graph.Users["me"].GetAsync(f => f.Id.Name.Albums(a => a.Name, limit: 5));

        Assert.Equal("Ada", me.Name);
        Assert.Equal("A", Assert.Single(me.Albums!.Data).Name);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("id,name,albums.limit(5){name}", request.Query["fields"]);
    }

    [Fact]
    public async Task Update_posts_form_parameters_with_enum_wire_values()
    {
        _server.On("POST", "/v25.0/123").Respond(FakeResponse.Json("""{"success":true}"""));

        var result = await _graph.Users["123"].UpdateAsync(new UserUpdate
        {
            Firstname = "Ada",
            EmojiColorPref = 3,
            LocalNewsSubscriptionStatus = UserLocalNewsSubscriptionStatus.StatusOff,
        });

        Assert.True(result.Success);
        var form = Assert.Single(_server.Requests).Form;
        Assert.Equal("Ada", form["firstname"]);
        Assert.Equal("3", form["emoji_color_pref"]);
        Assert.Equal("STATUS_OFF", form["local_news_subscription_status"]);
        Assert.False(form.ContainsKey("lastname"));
    }

    [Fact]
    public async Task Update_and_read_sends_fields_and_returns_the_node()
    {
        _server.On("POST", "/v25.0/123").Respond(FakeResponse.Json("""{"id":"123","first_name":"Ada"}"""));

        var user = await _graph.Users["123"].UpdateAndReadAsync(new UserUpdate { Firstname = "Ada" }, new UserFields().Id.FirstName);

        Assert.Equal("Ada", user.FirstName);
        Assert.Equal("id,first_name", Assert.Single(_server.Requests).Parameter("fields"));
    }

    [Fact]
    public async Task Delete_sends_a_delete_to_the_node()
    {
        _server.On("DELETE", "/v25.0/777").Respond(FakeResponse.Json("""{"success":true}"""));

        var result = await _graph.Users["777"].DeleteAsync();

        Assert.True(result.Success);
        Assert.Equal("DELETE", Assert.Single(_server.Requests).Method);
    }

    [Fact]
    public async Task List_follows_next_links_until_there_is_none()
    {
        _server.On("GET", "/v25.0/me/albums").Handle(request => request.Query.TryGetValue("after", out var after) && after == "p2"
            ? FakeResponse.Json("""{"data":[{"id":"3"}],"paging":{"cursors":{"after":"p3"}}}""")
            : FakeResponse.Json($$$"""{"data":[{"id":"1"},{"id":"2"}],"paging":{"cursors":{"after":"p2"},"next":"{{{_server.Url("/v25.0/me/albums?after=p2")}}}"}}"""));

        var ids = new List<string?>();
        await foreach (var album in _graph.Users["me"].Albums.ListAsync(new AlbumFields().Id, limit: 2))
        {
            ids.Add(album.Id);
        }

        Assert.Equal(new[] { "1", "2", "3" }, ids);
        Assert.Equal("2", _server.Requests[0].Query["limit"]);
    }

    [Fact]
    public async Task Ad_account_ids_get_their_act_prefix_and_single_required_parameter_has_a_shorthand()
    {
        _server.On("DELETE", "/v25.0/act_55/assigned_users").Respond(FakeResponse.Json("""{"success":true}"""));

        await _graph.AdAccounts["55"].AssignedUsers.RemoveAsync("42");
        await _graph.AdAccounts["act_55"].AssignedUsers.RemoveAsync("43");

        Assert.Equal(new[] { "42", "43" }, _server.Requests.Select(r => r.Parameter("user")));
    }

    [Fact]
    public async Task A_list_call_without_its_required_query_fails_before_anything_is_sent()
    {
        _server.On("GET", "/v25.0/act_55/assigned_users").Respond(FakeResponse.Json("""{"data":[{"id":"7","name":"Ann"}]}"""));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => _graph.AdAccounts["55"].AssignedUsers.GetPageAsync());
        Assert.Contains("'business'", error.Message);
        Assert.Throws<ArgumentException>(() => _graph.AdAccounts["55"].AssignedUsers.ToListRequest());
        Assert.Empty(_server.Requests);

        GraphPage<AssignedUser> page = await _graph.AdAccounts["55"].AssignedUsers.GetPageAsync(query: new AdAccountAssignedUsersQuery { Business = "88" });
        Assert.Equal("Ann", Assert.Single(page.Data).Name);
        Assert.Equal("88", Assert.Single(_server.Requests).Query["business"]);
    }

    [Fact]
    public async Task One_of_rule_is_checked_before_anything_is_sent()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _graph.Pages["9"].Blocked.RemoveAsync(new PageBlockedRemove { Asid = "1" }));

        Assert.Contains("user", error.Message);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Custom_audience_add_posts_payload_and_session_as_json_form_fields()
    {
        _server.On("POST", "/v25.0/6001/users").Respond(FakeResponse.Json(
            """{"audience_id":"6001","session_id":"99","num_received":2,"num_invalid_entries":0,"invalid_entry_samples":{}}"""));

        var result = await _graph.CustomAudiences["6001"].Users.AddAsync(new CustomAudienceUsersAdd
        {
            Payload = new CustomAudienceUsersPayload
            {
                Schema = new[] { CustomAudienceMatchKey.Email, CustomAudienceMatchKey.Fn },
                Data = new[] { JsonDocument.Parse("""["a","b"]""").RootElement },
            },
            Session = new CustomAudienceUsersSession { SessionId = 99, BatchSeq = 1, LastBatchFlag = true },
        });

        Assert.Equal(2, result.NumReceived);
        var form = Assert.Single(_server.Requests).Form;
        Assert.Equal("""{"schema":["EMAIL","FN"],"data":[["a","b"]]}""", form["payload"]);
        Assert.Equal("""{"session_id":99,"batch_seq":1,"last_batch_flag":true}""", form["session"]);
    }

    [Fact]
    public async Task Unpaged_edge_reads_its_data_envelope_with_typed_query_parameters()
    {
        _server.On("GET", "/v25.0/me/picture").Respond(FakeResponse.Json(
            """{"data":{"height":200,"is_silhouette":false,"url":"https://example.com/p.jpg","width":200}}"""));

        var picture = await _graph.Users["me"].Picture.GetAsync(query: new UserPictureQuery { Redirect = false, Type = UserPictureType.Large });

        Assert.Equal("https://example.com/p.jpg", picture!.Url);
        var query = Assert.Single(_server.Requests).Query;
        Assert.Equal("false", query["redirect"]);
        Assert.Equal("large", query["type"]);
    }

    [Fact]
    public async Task Graph_errors_come_back_typed_with_the_catalog_code()
    {
        _server.On("GET", "/v25.0/me").Respond(GraphResponses.Error(190, message: "Error validating access token"));

        var error = await Assert.ThrowsAsync<GraphApiException>(() => _graph.Users["me"].GetAsync());

        Assert.Equal(GraphErrorCode.InvalidOAuthAccessToken, error.ErrorCode());
        Assert.Equal(GraphErrorCategory.Auth, error.Category);
        Assert.DoesNotContain(Token, error.ToString());
    }
}
