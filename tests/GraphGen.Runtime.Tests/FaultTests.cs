using System;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

public sealed class FaultTests
{
    private const string BadGatewayPage = "<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>";

    [Fact]
    public async Task Html_502_page_becomes_a_protocol_exception_with_status_and_first_bytes_after_retries()
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions { MaxAttempts = 2 });
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Text(502, BadGatewayPage));

        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.Equal(HttpStatusCode.BadGateway, ex.StatusCode);
        Assert.Equal("text/html", ex.ContentType);
        Assert.StartsWith("<html><head><title>502 Bad Gateway", ex.BodyPreview, StringComparison.Ordinal);
        Assert.Contains("502", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, h.Server.RequestCount);
    }

    [Fact]
    public async Task Empty_success_body_is_a_protocol_exception()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json(string.Empty));

        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Contains("empty body", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_error_body_is_a_protocol_exception_not_a_null_reference()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("me/feed")).Respond(FakeResponse.Json(string.Empty, 400));

        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Post, "me/feed"), GraphSuccess.Read));

        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
    }

    [Fact]
    public async Task Truncated_json_is_a_protocol_exception_with_the_first_bytes()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json("{\"id\":\"42\",\"name\":\"An"));

        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.Equal("{\"id\":\"42\",\"name\":\"An", ex.BodyPreview);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(ex.InnerException);
    }

    [Fact]
    public async Task Unexpected_json_shape_is_a_protocol_exception()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me/friends")).Respond(FakeResponse.Json("[1,2,3]"));

        await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.GetPageAsync(new GraphRequest(HttpMethod.Get, "me/friends"), Item.Read));
    }

    [Fact]
    public async Task Body_cut_off_in_transit_is_a_transport_exception_with_status()
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions { MaxAttempts = 1 });
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json("{\"id\":\"42\",\"name\":\"Ann\"}") with { CutAfterBytes = 10 });

        var ex = await Assert.ThrowsAsync<GraphTransportException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Contains("cut off", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slow_response_is_abandoned_when_the_caller_cancels()
    {
        await using Harness h = await Harness.StartAsync();
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Server.On("GET", Harness.Url("me")).Handle(_ =>
        {
            arrived.TrySetResult();
            return FakeResponse.Json("{\"id\":\"1\"}") with { Latency = TimeSpan.FromMinutes(5) };
        });
        using var cts = new CancellationTokenSource();

        Task<Item> call = h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read, cts.Token);
        await arrived.Task;
        Assert.False(call.IsCompleted);
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, h.Server.RequestCount);
    }

    [Fact]
    public async Task Slow_response_past_the_attempt_timeout_is_a_transport_timeout()
    {
        await using Harness h = await Harness.StartAsync(o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(200);
            o.Retry = new GraphRetryOptions { MaxAttempts = 1 };
        });
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json("{\"id\":\"1\"}") with { Latency = TimeSpan.FromMinutes(5) });

        var ex = await Assert.ThrowsAsync<GraphTransportException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.True(ex.IsTimeout);
        Assert.Null(ex.StatusCode);
    }

    [Fact]
    public async Task Connection_refused_is_a_transport_exception()
    {
        // A loopback port this test holds bound for its whole run but never listens on: every connection to it is
        // refused, and no parallel test can be handed the port in the meantime (a closed server's port could be).
        using var reserved = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        reserved.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var deadAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)reserved.LocalEndPoint!).Port}/");

        using var http = new HttpClient();
        var client = new GraphClient(http, new GraphClientOptions
        {
            BaseAddress = deadAddress, AccessToken = TestSecrets.Token, Retry = new GraphRetryOptions { MaxAttempts = 1 },
        });

        var ex = await Assert.ThrowsAsync<GraphTransportException>(() => client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.Null(ex.StatusCode);
        Assert.False(ex.IsTimeout);
        Assert.Equal(SocketError.ConnectionRefused, Assert.IsType<SocketException>(ex.InnerException?.InnerException).SocketErrorCode);
    }

    [Fact]
    public void Plain_http_is_refused_for_non_loopback_hosts()
    {
        using var http = new HttpClient();
        Assert.Throws<ArgumentException>(() => new GraphClient(http, new GraphClientOptions { BaseAddress = new Uri("http://graph.example.com/") }));
        Assert.Throws<ArgumentException>(() => new GraphClient(http, new GraphClientOptions { ApiVersion = "19" }));
    }

    [Fact]
    public void Client_options_are_a_frozen_copy()
    {
        using var http = new HttpClient();
        var options = new GraphClientOptions { AccessToken = TestSecrets.Token };
        var client = new GraphClient(http, options);

        options.AccessToken = "changed";

        Assert.Equal(TestSecrets.Token, client.Options.AccessToken);
        Assert.Throws<InvalidOperationException>(() => client.Options.AccessToken = "x");
    }
}
