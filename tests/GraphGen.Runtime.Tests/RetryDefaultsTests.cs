using System;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

/// <summary>The defaults a call serving a user's request needs: short waits, a bounded call, slowing down near the limit.</summary>
public sealed class RetryDefaultsTests
{
    [Fact]
    public void Defaults_are_the_documented_ones()
    {
        var options = new GraphClientOptions();
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.True(options.SlowDownNearLimit);
        Assert.Equal(90, options.SlowDownThreshold);
        Assert.Equal(3, options.Retry.MaxAttempts);
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.Retry.BaseDelay);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Retry.MaxDelay);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Retry.MaxServerWait);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Retry.TotalBudget);
    }

    [Fact]
    public async Task By_default_a_throttled_call_asked_to_wait_a_minute_fails_at_once_with_the_wait_in_its_usage()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("act_1/insights")).Respond(GraphResponses.BusinessUseCaseThrottled(regainAccessMinutes: 1), FakeResponse.Json("{\"id\":\"1\"}"));

        var ex = await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "act_1/insights"), Item.Read));

        Assert.Equal(TimeSpan.FromMinutes(1), ex.Usage!.WaitBeforeRetry);
        Assert.Empty(h.Clock.Waits);
        Assert.Equal(1, h.Server.RequestCount);
    }

    [Fact]
    public async Task A_wait_graph_asks_for_within_max_server_wait_is_sat_out()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(
            GraphResponses.Error(2, null, "Service temporarily unavailable", statusCode: 503).WithHeader("Retry-After", "10"),
            FakeResponse.Json("{\"id\":\"1\"}"));

        await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        Assert.Equal(new[] { TimeSpan.FromSeconds(10) }, h.Clock.Waits);
    }

    [Fact]
    public async Task Raising_max_server_wait_and_the_budget_sits_out_long_throttling()
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions { MaxServerWait = TimeSpan.FromHours(1), TotalBudget = TimeSpan.FromHours(1) });
        h.Server.On("GET", Harness.Url("act_1/insights")).Respond(GraphResponses.BusinessUseCaseThrottled(regainAccessMinutes: 19), FakeResponse.Json("{\"id\":\"1\"}"));

        Item item = await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "act_1/insights"), Item.Read);

        Assert.Equal("1", item.Id);
        Assert.Equal(new[] { TimeSpan.FromMinutes(19) }, h.Clock.Waits);
    }

    [Fact]
    public async Task No_retry_starts_that_would_end_after_the_total_budget()
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions
        {
            MaxAttempts = 10, BaseDelay = TimeSpan.FromSeconds(4), MaxDelay = TimeSpan.FromSeconds(4), TotalBudget = TimeSpan.FromSeconds(10),
        });
        h.Server.On("GET", Harness.Url("me")).Respond(GraphResponses.Error(1, null, "An unknown error occurred", statusCode: 500));

        await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        // Backoffs of 2..4 s each; a retry needs a second of the 10 s left after its wait, so the waits stay under 9 s.
        TimeSpan waited = TimeSpan.Zero;
        foreach (TimeSpan wait in h.Clock.Waits) waited += wait;
        Assert.True(waited <= TimeSpan.FromSeconds(9), $"waited {waited}");
        Assert.InRange(h.Server.RequestCount, 3, 5);
    }

    [Fact]
    public async Task By_default_a_call_after_a_response_at_100_percent_app_usage_slows_down_first()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json("{\"id\":\"1\"}")
            .WithHeader("X-App-Usage", "{\"call_count\":100,\"total_cputime\":10,\"total_time\":12}"));

        await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);
        await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        Assert.Equal(new[] { TimeSpan.FromSeconds(5) }, h.Clock.Waits);
        Assert.Equal(TimeSpan.FromSeconds(5), h.Attempts[1].SlowDownDelay);
    }
}
