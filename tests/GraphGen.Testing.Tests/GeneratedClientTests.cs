using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using GraphGen.Facebook;
using GraphGen.Runtime;
using GraphGen.Runtime.Audiences;

namespace GraphGen.Testing.Tests;

/// <summary>The generated client of the shipped schema against the fake serving <c>GraphApi.Schema</c> and its seed data.</summary>
public sealed class GeneratedClientTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<GraphAttempt> _attempts = new();
    private FakeGraph _fake = null!;
    private HttpClient _http = null!;
    private GraphApi _graph = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeGraph.StartAsync(GraphApi.Schema);
        _http = GraphHttp.CreateHttpClient();
        GraphClientOptions options = GraphApi.CreateOptions();
        options.AccessToken = "EAAB-fake-graph-tests";
        options.BaseAddress = _fake.BaseAddress;
        options.Retry = new GraphRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };
        options.OnAttempt = _attempts.Enqueue;
        _graph = new GraphApi(new GraphClient(_http, options));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Nested_selection_of_the_generated_builder_is_served_from_the_seed()
    {
        User me = await _graph.Users["me"].GetAsync(f => f.Id.Name.Albums(a => a.Name.Photos(p => p.Name, limit: 2), limit: 5));

        Assert.Equal(FakeGraphSeed.UserId, me.Id);
        Assert.Equal("Ada Lovelace", me.Name);
        Assert.Equal(5, me.Albums!.Data.Count);
        Assert.All(me.Albums.Data, album => Assert.Equal(2, album.Photos!.Data.Count));
        Assert.Null(me.Email); // not asked for
    }

    [Fact]
    public async Task Every_live_user_field_is_seeded_and_parses_with_the_generated_reader()
    {
        User me = await _graph.Users["me"].GetAsync(UserFields.All);

        Assert.Equal("ada.lovelace@example.com", me.Email);
        Assert.Equal("London, United Kingdom", me.Hometown!.Name);
        Assert.Equal(21, me.AgeRange!.Min);
        Assert.NotNull(me.SharedLoginUpgradeRequiredBy);
        Assert.NotNull(me.VideoUploadLimits);
        Assert.NotEmpty(me.Languages!);

        // Every one of them: each non-deprecated field of the schema came back with a value and survives the generated
        // writer (which writes exactly the fields the reader saw).
        using JsonDocument written = JsonDocument.Parse(me.ToJson());
        GraphGen.Runtime.Metadata.GraphFieldInfo[] live = GraphApi.Schema.FindType("User")!.Fields.Where(f => !f.IsDeprecated).ToArray();
        Assert.True(live.Length >= 20, $"only {live.Length} live User fields in the schema");
        string[] missing = live
            .Where(f => !written.RootElement.TryGetProperty(f.Name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            .Select(f => f.Name)
            .ToArray();
        Assert.True(missing.Length == 0, "live fields without a value: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task ListAsync_pages_through_all_seeded_albums_following_next_links()
    {
        var names = new List<string?>();
        await foreach (Album album in _graph.Users["me"].Albums.ListAsync(new AlbumFields().Id.Name, limit: 25)) names.Add(album.Name);

        Assert.Equal(FakeGraphSeed.AlbumCount, names.Count);
        Assert.Equal(FakeGraphSeed.AlbumCount, names.Distinct().Count());
        RecordedRequest[] pages = _fake.Requests.Where(r => r.Path.EndsWith("/albums", StringComparison.Ordinal)).ToArray();
        Assert.Equal(5, pages.Length);
        Assert.All(pages.Skip(1), page => Assert.True(page.Query.ContainsKey("after")));
    }

    [Fact]
    public async Task UpdateAsync_changes_the_data_and_a_later_read_sees_it()
    {
        SuccessResult result = await _graph.Users["me"].UpdateAsync(new UserUpdate { Firstname = "Augusta" });
        User me = await _graph.Users["me"].GetAsync(f => f.FirstName);

        Assert.True(result.Success);
        Assert.Equal("Augusta", me.FirstName);
    }

    [Fact]
    public async Task Uploader_sends_25000_rows_as_one_session_of_three_batches()
    {
        var uploader = new AudienceUploader(_graph.Client);
        IReadOnlyList<string?>[] rows = Enumerable.Range(0, 25_000)
            .Select(i => (IReadOnlyList<string?>)new string?[] { $"person{i}@example.com", "Ada", "Lovelace", "94025" })
            .ToArray();

        AudienceUploadResult result = await uploader.AddAsync(FakeGraphSeed.CustomAudienceId,
            new[] { AudienceKey.Email, AudienceKey.FirstName, AudienceKey.LastName, AudienceKey.Zip }, rows);

        Assert.Equal(AudienceUploadStatus.Completed, result.Status);
        Assert.Equal(25_000, result.RowsAccepted);
        FakeAudienceSession session = Assert.Single(_fake.AudienceUploads.Sessions);
        Assert.Equal(result.SessionId, session.SessionId);
        Assert.Equal(new long[] { 1, 2, 3 }, session.BatchSeqs);
        Assert.Equal(new[] { 10_000, 10_000, 5_000 }, session.Batches.Select(b => b.Rows));
        Assert.True(session.IsComplete);
        Assert.Equal(25_000, session.Batches[0].EstimatedTotal);
    }

    [Fact]
    public async Task Uploader_sends_through_the_generated_users_request_and_reads_the_generated_result()
    {
        var uploader = new AudienceUploader(_graph.Client);
        IReadOnlyList<string?>[] rows = Enumerable.Range(0, 12_345)
            .Select(i => (IReadOnlyList<string?>)new string?[] { $"person{i}@example.com", "94025" })
            .ToArray();
        var answers = new List<CustomAudienceUsersResult>();
        var users = _graph.CustomAudiences[FakeGraphSeed.CustomAudienceId].Users;

        AudienceUploadResult added = await uploader.UploadAsync(users.ToAddRequest(new CustomAudienceUsersAdd()),
            new[] { AudienceKey.Email, AudienceKey.Zip }, rows, onAnswer: answers.Add);

        Assert.Equal(AudienceUploadStatus.Completed, added.Status);
        Assert.Equal(12_345, added.RowsAccepted);
        // Facebook's answers, read by the generated reader: one a batch, counting every row.
        Assert.Equal(new int?[] { 10_000, 2_345 }, answers.Select(a => a.NumReceived));
        Assert.All(answers, a => Assert.Equal(FakeGraphSeed.CustomAudienceId, a.AudienceId));
        Assert.All(answers, a => Assert.Equal(added.SessionId.ToString(System.Globalization.CultureInfo.InvariantCulture), a.SessionId));
        FakeAudienceSession session = Assert.Single(_fake.AudienceUploads.Sessions);
        Assert.Equal(new[] { 10_000, 2_345 }, session.Batches.Select(b => b.Rows));
        Assert.All(_fake.Requests.Where(r => r.Path.EndsWith("/users", StringComparison.Ordinal)), r => Assert.Equal("POST", r.Method));

        AudienceUploadResult removed = await uploader.UploadAsync(users.ToRemoveRequest(new CustomAudienceUsersRemove()),
            new[] { AudienceKey.Email, AudienceKey.Zip }, rows.Take(3));

        Assert.Equal(AudienceUploadStatus.Completed, removed.Status);
        Assert.Equal("DELETE", _fake.Requests.Last(r => r.Path.EndsWith("/users", StringComparison.Ordinal)).Method);
    }

    [Fact]
    public async Task Uploader_refuses_a_request_that_is_neither_add_nor_remove()
    {
        var uploader = new AudienceUploader(_graph.Client);
        var read = _graph.CustomAudiences[FakeGraphSeed.CustomAudienceId].ToGetRequest();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => uploader.UploadAsync(read, new[] { AudienceKey.Email },
            new[] { (IReadOnlyList<string?>)new string?[] { "a@example.com" } }));

        Assert.Contains("GET", error.Message, StringComparison.Ordinal);
        Assert.Empty(_fake.AudienceUploads.Sessions);
    }

    [Fact]
    public async Task Generated_audience_add_sends_session_as_its_own_field_and_the_fake_records_it()
    {
        CustomAudienceUsersResult result = await _graph.CustomAudiences[FakeGraphSeed.CustomAudienceId].Users.AddAsync(new CustomAudienceUsersAdd
        {
            Payload = new CustomAudienceUsersPayload
            {
                Schema = new[] { CustomAudienceMatchKey.Email },
                Data = new[] { JsonDocument.Parse("""["a"]""").RootElement, JsonDocument.Parse("""["b"]""").RootElement },
            },
            Session = new CustomAudienceUsersSession { SessionId = 42, BatchSeq = 1, LastBatchFlag = true },
        });

        Assert.Equal(2, result.NumReceived);
        Assert.Equal("42", result.SessionId);
        FakeAudienceBatch batch = Assert.Single(_fake.AudienceUploads.Batches);
        Assert.Equal((42L, 1L, true), (batch.SessionId, batch.BatchSeq, batch.LastBatchFlag));
    }

    [Fact]
    public async Task Throttled_read_is_retried_and_the_retry_is_reported_to_OnAttempt()
    {
        FakeFaultRule rule = _fake.Inject("GET", "/v25.0/" + FakeGraphSeed.UserId, FakeFault.Throttle(613));

        User me = await _graph.Users[FakeGraphSeed.UserId].GetAsync(f => f.Name);

        Assert.Equal("Ada Lovelace", me.Name);
        Assert.Equal(1, rule.Hits);
        GraphAttempt[] attempts = _attempts.ToArray();
        Assert.Equal(new[] { 1, 2 }, attempts.Select(a => a.AttemptNumber));
        Assert.Equal(613, Assert.IsType<GraphApiException>(attempts[0].Error).Code);
        Assert.NotNull(attempts[0].RetryDelay);
        Assert.Null(attempts[1].Error);
    }

    [Fact]
    public async Task Unknown_fields_come_back_as_a_typed_graph_error()
    {
        var request = new GraphRequest(HttpMethod.Get, "me").AddFields("id,foo");

        var error = await Assert.ThrowsAsync<GraphApiException>(() => _graph.Client.SendAsync(request, User.ReadJson));

        Assert.Equal(100, error.Code);
        Assert.Contains("Tried accessing nonexisting field (foo) on node type (User)", error.Message);
    }

    [Fact]
    public async Task Client_batches_are_answered_item_by_item()
    {
        var items = new[]
        {
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "me").AddFields("name")),
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, FakeGraphSeed.PageId).AddFields("name,fan_count")),
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "does-not-exist")),
        };

        IReadOnlyList<GraphBatchResult> results = await _graph.Client.SendBatchAsync(items);

        Assert.Equal("Ada Lovelace", results[0].Read(User.ReadJson).Name);
        Assert.Equal(12_840, results[1].Read(Page.ReadJson).FanCount);
        Assert.Equal(100, Assert.IsType<GraphApiException>(results[2].Error).Code);
    }
}
