using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

/// <summary>
/// <see cref="GraphRetryOptions.TotalBudget"/> bounds the whole call: waits already spent count against it, so a wait
/// that fits on its own ends the call when the earlier ones have used the budget up. The fake clock makes the waits
/// instant and exact.
/// </summary>
public sealed class RetryBudgetTests
{
    [Fact]
    public async Task Throttled_call_gives_up_when_earlier_waits_leave_too_little_budget_for_the_next_one()
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions { MaxAttempts = 10, MaxServerWait = TimeSpan.FromHours(1), TotalBudget = TimeSpan.FromMinutes(10) });
        h.Server.On("GET", Harness.Url("act_1/insights")).Respond(GraphResponses.BusinessUseCaseThrottled(regainAccessMinutes: 4));

        var ex = await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "act_1/insights"), Item.Read));

        // 4 + 4 minutes fit in 10; a third wait of 4 would end at 12.
        Assert.Equal(new[] { TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(4) }, h.Clock.Waits);
        Assert.Equal(3, h.Server.RequestCount);
        Assert.Equal(GraphErrorCategory.RateLimit, ex.Category);
        Assert.Equal(TimeSpan.FromMinutes(4), ex.Usage!.WaitBeforeRetry);
        Assert.Equal(new TimeSpan?[] { TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(4), null }, h.Attempts.Select(a => a.RetryDelay));
    }

    [Fact]
    public async Task Retry_after_waits_add_up_against_the_budget_the_same_way()
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions { MaxAttempts = 10, MaxServerWait = TimeSpan.FromHours(1), TotalBudget = TimeSpan.FromSeconds(100) });
        h.Server.On("GET", Harness.Url("me")).Respond(
            GraphResponses.Error(2, null, "Service temporarily unavailable", statusCode: 503).WithHeader("Retry-After", "30"));

        await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        // 30 + 30 + 30 = 90 fits in 100; a fourth wait would end at 120.
        Assert.Equal(Enumerable.Repeat(TimeSpan.FromSeconds(30), 3), h.Clock.Waits);
        Assert.Equal(4, h.Server.RequestCount);
    }

    // 13 minutes: the three 4-minute waits plus the second the planner keeps for the attempt after the last wait.
    [Fact]
    public async Task The_same_waits_succeed_when_the_budget_covers_them()
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions { MaxAttempts = 10, MaxServerWait = TimeSpan.FromHours(1), TotalBudget = TimeSpan.FromMinutes(13) });
        h.Server.On("GET", Harness.Url("act_1/insights")).Respond(
            GraphResponses.BusinessUseCaseThrottled(regainAccessMinutes: 4),
            GraphResponses.BusinessUseCaseThrottled(regainAccessMinutes: 4),
            GraphResponses.BusinessUseCaseThrottled(regainAccessMinutes: 4),
            FakeResponse.Json("{\"id\":\"1\"}"));

        Item item = await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "act_1/insights"), Item.Read);

        Assert.Equal("1", item.Id);
        Assert.Equal(Enumerable.Repeat(TimeSpan.FromMinutes(4), 3), h.Clock.Waits);
    }
}
