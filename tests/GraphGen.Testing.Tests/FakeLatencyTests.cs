using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Facebook;
using GraphGen.Runtime;

namespace GraphGen.Testing.Tests;

/// <summary>
/// Latency injected with <see cref="FakeFault.Delay"/> holds back the answer of its route only, for as many requests
/// as asked. Shown without measuring time: the latency is minutes, so "still waiting" is certain, and the call ends by
/// cancellation or by the client's own timeout.
/// </summary>
public sealed class FakeLatencyTests : IAsyncLifetime
{
    private static readonly TimeSpan Held = TimeSpan.FromMinutes(10);
    private FakeGraph _fake = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeGraph.StartAsync(GraphApi.Schema);
        _http = new HttpClient { BaseAddress = _fake.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Injected_latency_holds_back_its_route_while_other_routes_answer_and_ends_after_the_given_times()
    {
        _fake.Inject("GET", "/v25.0/me", FakeFault.Delay(Held), times: 1);
        using var cancel = new CancellationTokenSource();

        Task<HttpResponseMessage> held = _http.GetAsync("/v25.0/me?fields=name&access_token=t", cancel.Token);
        await UntilRecordedAsync("/v25.0/me");
        using (HttpResponseMessage albums = await _http.GetAsync("/v25.0/me/albums?fields=name&limit=1&access_token=t"))
        {
            Assert.Equal(HttpStatusCode.OK, albums.StatusCode);
        }

        Assert.False(held.IsCompleted);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);

        using HttpResponseMessage again = await _http.GetAsync("/v25.0/me?fields=name&access_token=t");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("Ada Lovelace", (string?)JsonNode.Parse(await again.Content.ReadAsStringAsync())!["name"]);
    }

    [Fact]
    public async Task Generated_client_times_out_on_injected_latency_then_gets_the_normal_answer()
    {
        GraphClientOptions options = GraphApi.CreateOptions();
        options.AccessToken = "EAAB-fake-latency-tests";
        options.BaseAddress = _fake.BaseAddress;
        options.Timeout = TimeSpan.FromSeconds(1);
        options.Retry = new GraphRetryOptions { MaxAttempts = 1 };
        var graph = new GraphApi(new GraphClient(_http, options));
        _fake.Inject("GET", "/v25.0/me", FakeFault.Delay(Held), times: 1);

        var timeout = await Assert.ThrowsAsync<GraphTransportException>(() => graph.Users["me"].GetAsync(f => f.Name));
        User me = await graph.Users["me"].GetAsync(f => f.Name);

        Assert.True(timeout.IsTimeout);
        Assert.Null(timeout.StatusCode);
        Assert.Equal("Ada Lovelace", me.Name);
        Assert.Equal(2, _fake.Requests.Count(r => r.Path == "/v25.0/me"));
    }

    // The fake records a request before it applies the latency; poll for it (bounded only as a guard against a hang).
    private async Task UntilRecordedAsync(string path)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!_fake.Requests.Any(r => r.Path == path))
        {
            await Task.Delay(5, guard.Token);
        }
    }
}
