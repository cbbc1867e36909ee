using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

public sealed class RetryTests
{
    [Fact]
    public async Task Throttled_call_waits_the_estimated_time_to_regain_access_then_succeeds()
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions { MaxServerWait = TimeSpan.FromHours(1), TotalBudget = TimeSpan.FromHours(1) });
        h.Server.On("GET", Harness.Url("act_1/insights")).Respond(
            GraphResponses.BusinessUseCaseThrottled(regainAccessMinutes: 19),
            FakeResponse.Json("{\"id\":\"1\"}"));

        Item item = await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "act_1/insights"), Item.Read);

        Assert.Equal("1", item.Id);
        Assert.Equal(new[] { TimeSpan.FromMinutes(19) }, h.Clock.Waits);
        Assert.Equal(2, h.Server.RequestCount);
        GraphAttempt first = h.Attempts[0];
        Assert.Equal(TimeSpan.FromMinutes(19), first.RetryDelay);
        Assert.Equal(GraphErrorCategory.RateLimit, Assert.IsType<GraphApiException>(first.Error).Category);
        Assert.Null(h.Attempts[1].Error);
    }

    [Fact]
    public async Task Throttled_call_gives_up_at_once_when_the_required_wait_exceeds_the_budget()
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions { TotalBudget = TimeSpan.FromMinutes(5) });
        h.Server.On("GET", Harness.Url("act_1/insights")).Respond(GraphResponses.BusinessUseCaseThrottled(regainAccessMinutes: 60));

        var ex = await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "act_1/insights"), Item.Read));

        Assert.Equal(GraphErrorCategory.RateLimit, ex.Category);
        Assert.Equal(TimeSpan.FromMinutes(60), ex.Usage!.WaitBeforeRetry);
        Assert.Equal("1234567890", Assert.Single(ex.Usage.BusinessUseCases).BusinessId);
        Assert.Equal(1, h.Server.RequestCount);
        Assert.Empty(h.Clock.Waits);
        Assert.Null(Assert.Single(h.Attempts).RetryDelay);
    }

    [Fact]
    public async Task Retry_after_header_is_honoured()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(
            GraphResponses.Error(2, null, "Service temporarily unavailable", statusCode: 503).WithHeader("Retry-After", "7"),
            FakeResponse.Json("{\"id\":\"1\"}"));

        await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        Assert.Equal(new[] { TimeSpan.FromSeconds(7) }, h.Clock.Waits);
    }

    [Fact]
    public async Task Transient_errors_back_off_exponentially_with_jitter_and_stop_after_max_attempts()
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions
        {
            MaxAttempts = 4, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(3),
        });
        h.Server.On("GET", Harness.Url("me")).Respond(GraphResponses.Error(1, null, "An unknown error occurred", statusCode: 500));

        var ex = await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.Equal(GraphErrorCategory.Transient, ex.Category);
        Assert.Equal(4, h.Server.RequestCount);
        Assert.Equal(4, h.Attempts.Count);
        Assert.Equal(new[] { 1, 2, 3, 4 }, h.Attempts.Select(a => a.AttemptNumber));
        TimeSpan[] waits = h.Clock.Waits.ToArray();
        Assert.Equal(3, waits.Length);
        Assert.InRange(waits[0], TimeSpan.FromSeconds(0.5), TimeSpan.FromSeconds(1));
        Assert.InRange(waits[1], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.InRange(waits[2], TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(3));
        Assert.Null(h.Attempts[^1].RetryDelay);
    }

    [Fact]
    public async Task Post_is_not_retried_unless_marked_idempotent()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("me/feed")).Respond(GraphResponses.AppThrottled(), FakeResponse.Json("{\"success\":true}"));

        await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Post, "me/feed"), GraphSuccess.Read));
        Assert.Equal(1, h.Server.RequestCount);

        h.Server.On("POST", Harness.Url("me/feed")).Respond(GraphResponses.AppThrottled(), FakeResponse.Json("{\"success\":true}"));
        var request = new GraphRequest(HttpMethod.Post, "me/feed") { CallOptions = new GraphCallOptions { IsIdempotent = true } };
        GraphSuccess result = await h.Client.SendAsync(request, GraphSuccess.Read);

        Assert.True(result.Success);
        Assert.Equal(3, h.Server.RequestCount);
    }

    [Fact]
    public async Task Validation_errors_are_not_retried()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(GraphResponses.Error(100, null, "Invalid parameter"));

        await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.Equal(1, h.Server.RequestCount);
    }

    [Fact]
    public async Task Usage_headers_are_exposed_and_slow_down_kicks_in_near_the_limit()
    {
        await using Harness h = await Harness.StartAsync(o =>
        {
            o.SlowDownNearLimit = true;
            o.SlowDownThreshold = 80;
            o.Retry = new GraphRetryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(20) };
        });
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json("{\"id\":\"1\"}")
            .WithHeader("X-App-Usage", "{\"call_count\":90,\"total_cputime\":10,\"total_time\":12}")
            .WithHeader("X-Ad-Account-Usage", "{\"acc_id_util_pct\":9.67,\"reset_time_duration\":0,\"ads_api_access_tier\":\"standard_access\"}"));

        await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);
        Assert.Empty(h.Clock.Waits);
        Assert.Equal(90, h.Client.LatestUsage!.App!.CallCount);
        Assert.Equal(9.67, h.Client.LatestUsage.AdAccount!.UtilizationPercent);
        Assert.Equal("standard_access", h.Client.LatestUsage.AdAccount.AccessTier);

        await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        // 90% is half-way from the 80% threshold to 100%: half of MaxDelay.
        Assert.Equal(new[] { TimeSpan.FromSeconds(10) }, h.Clock.Waits);
        Assert.Equal(TimeSpan.FromSeconds(10), h.Attempts[1].SlowDownDelay);
    }

    [Fact]
    public async Task Clients_sharing_a_usage_tracker_slow_down_on_what_graph_told_either()
    {
        var tracker = new GraphUsageTracker();
        await using Harness h = await Harness.StartAsync(o =>
        {
            o.UsageTracker = tracker;
            o.SlowDownThreshold = 80;
            o.Retry = new GraphRetryOptions { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(20) };
        });
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json("{\"id\":\"1\"}")
            .WithHeader("X-App-Usage", "{\"call_count\":90,\"total_cputime\":10,\"total_time\":12}"));
        // A second client of the same app, e.g. for another user's token; Clone keeps the shared tracker.
        var other = h.Client.Options.Clone();
        other.AccessToken = "another-user-token";
        using HttpClient http = GraphHttp.CreateHttpClient();
        var second = new GraphClient(http, other);
        var unshared = new GraphClient(http, new GraphClientOptions { BaseAddress = h.Server.BaseAddress, AccessToken = "x", TimeProvider = h.Clock });

        await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        Assert.Same(tracker, other.UsageTracker);
        Assert.Same(tracker.Latest, second.LatestUsage);
        Assert.Equal(90, second.LatestUsage!.App!.CallCount);
        Assert.Null(unshared.LatestUsage);

        await second.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        // The second client never had a response, yet waits as the first was told: half-way from 80% to 100%.
        Assert.Equal(new[] { TimeSpan.FromSeconds(10) }, h.Clock.Waits);
    }
}
