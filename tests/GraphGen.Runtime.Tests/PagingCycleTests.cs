using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

/// <summary>Cycle detection over every page of a listing, and the page cap.</summary>
public sealed class PagingCycleTests
{
    [Fact]
    public async Task Cursors_cycling_a_b_a_are_refused_before_the_repeat_is_sent()
    {
        await using Harness h = await Harness.StartAsync();
        string feed = Harness.Url("me/feed");
        h.Server.On("GET", feed).Handle(request => request.Query.GetValueOrDefault("after") switch
        {
            null => GraphResponses.Page("{\"id\":\"0\"}", h.Server.Url(feed + "?after=A"), "A"),
            "A" => GraphResponses.Page("{\"id\":\"1\"}", h.Server.Url(feed + "?after=B"), "B"),
            _ => GraphResponses.Page("{\"id\":\"2\"}", h.Server.Url(feed + "?after=A"), "A"),
        });

        var ids = new List<string?>();
        var ex = await Assert.ThrowsAsync<GraphProtocolException>(async () =>
        {
            await foreach (Item item in h.Client.ListAsync(new GraphRequest(HttpMethod.Get, "me/feed"), Item.Read))
            {
                ids.Add(item.Id);
            }
        });

        Assert.Equal(new[] { "0", "1", "2" }, ids);
        Assert.Contains("leads back to page 2", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, h.Server.RequestCount);
    }

    [Fact]
    public async Task Fetching_the_next_page_of_the_same_page_again_is_not_a_cycle()
    {
        await using Harness h = await Harness.StartAsync();
        string feed = Harness.Url("me/feed");
        h.Server.On("GET", feed).Handle(request => request.Query.GetValueOrDefault("after") switch
        {
            null => GraphResponses.Page("{\"id\":\"0\"}", h.Server.Url(feed + "?after=A"), "A"),
            _ => GraphResponses.Page("{\"id\":\"1\"}", next: null),
        });

        GraphPage<Item> first = await h.Client.GetPageAsync(new GraphRequest(HttpMethod.Get, "me/feed"), Item.Read);
        GraphPage<Item>? once = await h.Client.GetNextPageAsync(first, Item.Read);
        GraphPage<Item>? again = await h.Client.GetNextPageAsync(first, Item.Read);

        Assert.Equal("1", Assert.Single(once!.Data).Id);
        Assert.Equal("1", Assert.Single(again!.Data).Id);
    }

    [Fact]
    public async Task Listing_stops_at_max_pages_with_an_error_instead_of_running_forever()
    {
        await using Harness h = await Harness.StartAsync(o => o.MaxPages = 5);
        string feed = Harness.Url("me/feed");
        h.Server.On("GET", feed).Handle(request =>
        {
            int page = int.Parse(request.Query.GetValueOrDefault("after") ?? "0", CultureInfo.InvariantCulture);
            return GraphResponses.Page("{\"id\":\"" + page + "\"}", h.Server.Url(feed + "?after=" + (page + 1)), (page + 1).ToString(CultureInfo.InvariantCulture));
        });

        int count = 0;
        var ex = await Assert.ThrowsAsync<GraphProtocolException>(async () =>
        {
            await foreach (Item item in h.Client.ListAsync(new GraphRequest(HttpMethod.Get, "me/feed"), Item.Read))
            {
                count++;
            }
        });

        Assert.Equal(5, count);
        Assert.Equal(5, h.Server.RequestCount);
        Assert.Contains("MaxPages", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Max_pages_must_be_positive()
    {
        using var http = GraphHttp.CreateHttpClient();
        Assert.Throws<ArgumentException>(() => new GraphClient(http, new GraphClientOptions { MaxPages = 0 }));
        Assert.Equal(100_000, new GraphClientOptions().MaxPages);
    }
}
