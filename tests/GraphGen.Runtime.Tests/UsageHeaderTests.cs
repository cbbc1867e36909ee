using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

/// <summary>The usage-header parser never throws: bad headers are ignored or clamped, and a successful call stays successful.</summary>
public sealed class UsageHeaderTests
{
    private static readonly Dictionary<string, string> RealHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-App-Usage"] = "{\"call_count\":28,\"total_time\":25,\"total_cputime\":25}",
        ["X-Page-Usage"] = "{\"call_count\":\"12\",\"total_time\":3,\"total_cputime\":4}",
        ["X-Ad-Account-Usage"] = "{\"acc_id_util_pct\":9.67,\"reset_time_duration\":120,\"ads_api_access_tier\":\"standard_access\"}",
        ["X-Business-Use-Case-Usage"] =
            "{\"1234\":[{\"type\":\"ads_management\",\"call_count\":95,\"total_cputime\":20,\"total_time\":20,\"estimated_time_to_regain_access\":19}]}",
        ["Retry-After"] = "7",
    };

    [Theory]
    [InlineData("X-App-Usage", "{\"call_count\":\"\\ud800\",\"total_time\":1,\"total_cputime\":1}")]
    [InlineData("X-Business-Use-Case-Usage", "{\"\\ud800\":[{\"type\":\"\\udc00\",\"call_count\":1,\"estimated_time_to_regain_access\":1}]}")]
    [InlineData("X-Business-Use-Case-Usage", "{\"1\":[{\"type\":\"ads_management\",\"call_count\":100,\"estimated_time_to_regain_access\":1e300}]}")]
    [InlineData("X-Ad-Account-Usage", "{\"acc_id_util_pct\":100,\"reset_time_duration\":1e300}")]
    [InlineData("X-Ad-Account-Usage", "{\"acc_id_util_pct\":\"NaN\",\"reset_time_duration\":\"Infinity\"}")]
    [InlineData("Retry-After", "99999999999999")]
    [InlineData("Retry-After", "999999999999999999999999999999")]
    public async Task A_successful_call_with_a_malformed_usage_header_still_succeeds(string header, string value)
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json("{\"id\":\"1\"}").WithHeader(header, value));

        Item item = await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        Assert.Equal("1", item.Id);
        AssertSane(h.Client.LatestUsage);
    }

    [Fact]
    public void Huge_waits_are_clamped_to_one_day_and_non_finite_numbers_ignored()
    {
        GraphUsage usage = GraphUsage.Parse(name => name switch
        {
            "X-Ad-Account-Usage" => "{\"acc_id_util_pct\":1e300,\"reset_time_duration\":1e300}",
            "X-App-Usage" => "{\"call_count\":\"NaN\",\"total_time\":\"-Infinity\",\"total_cputime\":-5}",
            "Retry-After" => "99999999999999",
            _ => null,
        })!;

        Assert.Equal(TimeSpan.FromDays(1), usage.RetryAfter);
        Assert.Equal(TimeSpan.FromDays(1), usage.AdAccount!.ResetTimeDuration);
        Assert.Equal(1000, usage.AdAccount.UtilizationPercent);
        Assert.Equal(new GraphCallUsage(0, 0, 0), usage.App);
        Assert.Equal(TimeSpan.FromDays(1), usage.WaitBeforeRetry);
    }

    [Fact]
    public void A_header_with_a_raw_lone_surrogate_is_ignored()
    {
        GraphUsage? usage = GraphUsage.Parse(name => name == "X-App-Usage" ? "{\"call_count\":50,\"x\":\"\uD800\"}" : null);

        Assert.Null(usage);
    }

    [Fact]
    public void Fuzz_mutated_usage_headers_never_throw_and_give_sane_values()
    {
        int cases = 0;
        foreach ((string name, string value) in RealHeaders)
        {
            foreach (string mutated in Mutations.OfText(value, random: 2_000))
            {
                GraphUsage? usage = GraphUsage.Parse(header => string.Equals(header, name, StringComparison.OrdinalIgnoreCase) ? mutated : null);
                AssertSane(usage);
                cases++;
            }
        }

        Assert.True(cases > 10_000, $"only {cases} cases");
    }

    private static void AssertSane(GraphUsage? usage)
    {
        if (usage is null) return;
        Assert.InRange(usage.MaxPercent, 0, 1000);
        if (usage.WaitBeforeRetry is { } wait) Assert.InRange(wait, TimeSpan.Zero, TimeSpan.FromDays(1));
        _ = usage.ToString();
    }
}
