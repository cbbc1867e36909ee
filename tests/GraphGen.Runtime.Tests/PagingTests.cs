using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

public sealed class PagingTests
{
    [Fact]
    public async Task Paging_stops_when_next_is_absent_even_if_page_is_empty()
    {
        await using Harness h = await Harness.StartAsync();
        string feed = Harness.Url("me/feed");
        h.Server.On("GET", feed).Handle(request => request.Query.GetValueOrDefault("after") switch
        {
            null => GraphResponses.Page("{\"id\":\"1\"},{\"id\":\"2\"}", h.Server.Url(feed + "?after=c1"), "c1"),
            "c1" => GraphResponses.Page(string.Empty, h.Server.Url(feed + "?after=c2"), "c2"),
            "c2" => GraphResponses.Page("{\"id\":\"3\"}", next: null, "c3"),
            _ => FakeResponse.Json("{}", 500),
        });

        var ids = new List<string?>();
        await foreach (Item item in h.Client.ListAsync(new GraphRequest(HttpMethod.Get, "me/feed"), Item.Read))
        {
            ids.Add(item.Id);
        }

        Assert.Equal(new[] { "1", "2", "3" }, ids);
        Assert.Equal(3, h.Server.RequestCount);
    }

    [Fact]
    public async Task Next_link_gets_a_fresh_proof_and_loses_the_token_it_carries()
    {
        await using Harness h = await Harness.StartAsync();
        string feed = Harness.Url("me/feed");
        h.Server.On("GET", feed).Respond(
            GraphResponses.Page("{\"id\":\"1\"}", h.Server.Url(feed + "?limit=1&access_token=LEAKED&appsecret_proof=stale&after=c1"), "c1"),
            GraphResponses.Page("{\"id\":\"2\"}", next: null));

        GraphPage<Item> first = await h.Client.GetPageAsync(new GraphRequest(HttpMethod.Get, "me/feed").Add("limit", 1), Item.Read);
        GraphPage<Item>? second = await h.Client.GetNextPageAsync(first, Item.Read);
        GraphPage<Item>? third = await h.Client.GetNextPageAsync(second!, Item.Read);

        Assert.Null(third);
        RecordedRequest followed = h.Server.Requests[1];
        Assert.Equal(TestSecrets.Proof, followed.Query["appsecret_proof"]);
        Assert.False(followed.Query.ContainsKey("access_token"));
        Assert.Equal("c1", followed.Query["after"]);
        Assert.Equal("1", followed.Query["limit"]);
        Assert.Equal("Bearer " + TestSecrets.Token, followed.Header("Authorization"));
    }

    [Fact]
    public async Task Next_link_to_another_host_is_refused_and_nothing_is_sent_there()
    {
        await using Harness h = await Harness.StartAsync();
        await using FakeGraphServer other = await FakeGraphServer.StartAsync();
        h.Server.On("GET", Harness.Url("me/feed")).Respond(
            GraphResponses.Page("{\"id\":\"1\"}", other.Url("/v19.0/me/feed?after=c1"), "c1"));

        var ex = await Assert.ThrowsAsync<GraphProtocolException>(async () =>
        {
            await foreach (Item item in h.Client.ListAsync(new GraphRequest(HttpMethod.Get, "me/feed"), Item.Read))
            {
                Assert.Equal("1", item.Id);
            }
        });

        Assert.Contains("Nothing was sent", ex.Message, StringComparison.Ordinal);
        Assert.Equal(0, other.RequestCount);
        Assert.Equal(1, h.Server.RequestCount);
    }

    [Fact]
    public async Task Next_link_that_leads_to_the_same_page_is_detected()
    {
        await using Harness h = await Harness.StartAsync();
        string feed = Harness.Url("me/feed");
        h.Server.On("GET", feed).Handle(_ => GraphResponses.Page("{\"id\":\"1\"}", h.Server.Url(feed + "?after=c1")));

        GraphPage<Item> first = await h.Client.GetPageAsync(new GraphRequest(HttpMethod.Get, "me/feed"), Item.Read);
        GraphPage<Item>? second = await h.Client.GetNextPageAsync(first, Item.Read);
        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.GetNextPageAsync(second!, Item.Read));

        Assert.Contains("does not advance", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, h.Server.RequestCount);
    }

    [Fact]
    public async Task Cursor_that_does_not_advance_is_detected()
    {
        await using Harness h = await Harness.StartAsync();
        string feed = Harness.Url("me/feed");
        int n = 0;
        h.Server.On("GET", feed).Handle(_ => GraphResponses.Page("{\"id\":\"1\"}", h.Server.Url(feed + "?page=" + ++n + "&after=STUCK"), "STUCK"));

        var ex = await Assert.ThrowsAsync<GraphProtocolException>(async () =>
        {
            await foreach (Item item in h.Client.ListAsync(new GraphRequest(HttpMethod.Get, "me/feed"), Item.Read))
            {
                Assert.Equal("1", item.Id);
            }
        });

        Assert.Contains("same 'after' cursor", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, h.Server.RequestCount);
    }

    [Fact]
    public async Task Listing_ten_thousand_pages_keeps_memory_constant()
    {
        const int pages = 10_000;
        await using Harness h = await Harness.StartAsync();
        h.Server.RecordRequests = false;
        string path = Harness.Url("act_1/ads");
        string payload = new('x', 2_000);
        h.Server.On("GET", path).Handle(request =>
        {
            int page = int.Parse(request.Query.GetValueOrDefault("after") ?? "0", CultureInfo.InvariantCulture);
            string item = "{\"id\":\"" + page + "\",\"name\":\"" + payload + "\"}";
            return GraphResponses.Page(item, page + 1 < pages ? h.Server.Url(path + "?after=" + (page + 1)) : null, page.ToString(CultureInfo.InvariantCulture));
        });

        int count = 0;
        long memoryAtStart = 0;
        long memoryAtEnd = 0;
        var earlierItems = new List<WeakReference>();
        await foreach (Item item in h.Client.ListAsync(new GraphRequest(HttpMethod.Get, "act_1/ads"), Item.Read))
        {
            Assert.Equal(count.ToString(CultureInfo.InvariantCulture), item.Id);
            if (count % 1_000 == 0 && count < pages - 1) earlierItems.Add(new WeakReference(item));
            if (count == 1_000) memoryAtStart = GC.GetTotalMemory(forceFullCollection: true);
            if (count == pages - 1) memoryAtEnd = GC.GetTotalMemory(forceFullCollection: true);
            count++;
        }

        Assert.Equal(pages, count);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Assert.All(earlierItems, item => Assert.False(item.IsAlive, "An earlier page's item is still reachable: pages are retained."));

        // Retaining the 9,000 pages in between would keep over 36 MB (4 KB of name text each) reachable. The bound is
        // loose because the heap is the whole test process: other test classes allocate in parallel.
        Assert.True(memoryAtEnd - memoryAtStart < 24 * 1024 * 1024, $"Retained memory grew by {memoryAtEnd - memoryAtStart:N0} bytes over 9,000 pages.");
    }

    [Fact]
    public void Page_reads_data_and_paging_from_an_expanded_edge()
    {
        GraphPage<Item> page = GraphJson.Deserialize(
            "{\"data\":[{\"id\":1}],\"summary\":{\"total_count\":9},\"paging\":{\"cursors\":{\"before\":\"a\",\"after\":\"b\"},\"next\":\"https://graph.facebook.com/v19.0/1/x?after=b\",\"previous\":\"p\"}}"u8,
            (ref System.Text.Json.Utf8JsonReader r) => GraphPage<Item>.Read(ref r, Item.Read));

        Assert.Equal("1", Assert.Single(page.Data).Id);
        Assert.Equal("a", page.Paging!.Cursors!.Before);
        Assert.Equal("b", page.Paging.Cursors.After);
        Assert.Equal("p", page.Paging.Previous);
        Assert.True(page.HasNext);
    }
}
