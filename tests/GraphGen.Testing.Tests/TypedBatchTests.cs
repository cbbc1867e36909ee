using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Facebook;
using GraphGen.Runtime;

namespace GraphGen.Testing.Tests;

/// <summary>
/// Requests built apart from sending (<c>ToXxxRequest</c>) and typed batches through the generated API, against the
/// fake serving the shipped schema.
/// </summary>
public sealed class TypedBatchTests : IAsyncLifetime
{
    private FakeGraph _fake = null!;
    private HttpClient _http = null!;
    private GraphApi _graph = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeGraph.StartAsync(GraphApi.Schema);
        _http = new HttpClient();
        GraphClientOptions options = GraphApi.CreateOptions();
        options.AccessToken = "EAAB-typed-batch-tests";
        options.BaseAddress = _fake.BaseAddress;
        _graph = new GraphApi(new GraphClient(_http, options));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public void A_built_request_says_what_it_would_send_and_sends_nothing()
    {
        GraphRequest<User> get = _graph.Users["me"].ToGetRequest(new UserFields().Id.Name);
        GraphPageRequest<Album> list = _graph.Users["me"].Albums.ToListRequest(new AlbumFields().Name, limit: 3);

        Assert.Equal(HttpMethod.Get, get.Request.Method);
        Assert.Equal("me", get.Request.Path);
        Assert.Equal("me/albums", list.Request.Path);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task A_built_request_sends_like_the_call_it_stands_for()
    {
        User viaRequest = await _graph.Client.SendAsync(_graph.Users["me"].ToGetRequest(new UserFields().Id.Name));
        User viaCall = await _graph.Users["me"].GetAsync(f => f.Id.Name);

        Assert.Equal(viaCall.Name, viaRequest.Name);
        Assert.Equal("Ada Lovelace", viaRequest.Name);
    }

    [Fact]
    public async Task A_typed_batch_reads_each_item_as_its_own_type_in_one_round_trip()
    {
        var (me, albums, picture) = await _graph.BatchAsync(b => (
            b.Add(_graph.Users["me"].ToGetRequest(new UserFields().Id.Name)),
            b.Add(_graph.Users["me"].Albums.ToListRequest(new AlbumFields().Name, limit: 4)),
            b.Add(_graph.Users["me"].Picture.ToGetRequest())));

        User user = me.Value;
        GraphPage<Album> page = albums.Value;
        Assert.Equal(FakeGraphSeed.UserId, user.Id);
        Assert.Equal("Ada Lovelace", user.Name);
        Assert.Equal(4, page.Data.Count);
        Assert.All(page.Data, a => Assert.False(string.IsNullOrEmpty(a.Name)));
        Assert.True(picture.IsSuccess);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task A_failed_batch_item_throws_its_own_typed_error_and_the_others_still_read()
    {
        var (bad, good) = await _graph.BatchAsync(b => (
            b.Add(new GraphRequest<User>(new GraphRequest(HttpMethod.Get, "me").AddFields("no_such_field"), User.ReadJson)),
            b.Add(_graph.Users["me"].ToGetRequest(new UserFields().Name))));

        Assert.False(bad.IsSuccess);
        GraphApiException error = Assert.IsType<GraphApiException>(bad.Error);
        Assert.Equal(100, error.Code);
        Assert.Same(error, Assert.Throws<GraphApiException>(() => bad.Value));
        Assert.Equal("Ada Lovelace", good.Value.Name);
    }

    [Fact]
    public async Task A_handle_read_before_its_batch_was_sent_says_so()
    {
        GraphBatchResponse<User>? captured = null;
        // BatchAsync completes handles only after sending; a build that throws leaves its handle unsent.
        await Assert.ThrowsAsync<InvalidOperationException>(() => _graph.BatchAsync<object>(b =>
        {
            captured = b.Add(_graph.Users["me"].ToGetRequest());
            throw new InvalidOperationException("stop before sending");
        }));

        Assert.Throws<InvalidOperationException>(() => captured!.Value);
        Assert.Empty(_fake.Requests);
    }
}
