using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
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
            GraphResponses.Page("{\"id\":\"1\"}", other.Url("/v25.0/me/feed?after=c1"), "c1"));

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
    public async Task Listing_holds_one_page_at_a_time_so_every_earlier_page_is_collectable_mid_list()
    {
        const int pages = 3_000;
        InMemoryGraph graph = LongList(pages);
        GraphClient client = graph.CreateClient();

        // A weak reference to the first item of every 100th page; at the last page (enumeration still running, so a
        // client that kept its pages would still hold them) a full collection must have freed all of them.
        var earlierItems = new List<WeakReference>();
        int count = 0;
        await foreach (Item item in client.ListAsync(new GraphRequest(HttpMethod.Get, "act_1/ads"), Item.Read))
        {
            Assert.Equal(count.ToString(CultureInfo.InvariantCulture), item.Id);
            if (count == pages - 1)
            {
                Assert.Equal(pages / 100, earlierItems.Count);
                Assert.Equal(0, CountAliveAfterFullCollection(earlierItems));
            }
            else if (count % 100 == 0)
            {
                earlierItems.Add(new WeakReference(item));
            }

            count++;
        }

        Assert.Equal(pages, count);
        Assert.Equal(pages, graph.Requested.Count);
    }

    [Fact]
    public async Task Listing_allocates_the_same_per_page_at_page_two_thousand_as_at_page_one_thousand()
    {
        const int pages = 3_000;
        GraphClient client = LongList(pages).CreateClient();

        // The in-memory handler answers synchronously, so the whole enumeration runs on this thread and the thread's
        // allocation counter sees all of it (and nothing of the tests running in parallel).
        IAsyncEnumerator<Item> items = client.ListAsync(new GraphRequest(HttpMethod.Get, "act_1/ads"), Item.Read).GetAsyncEnumerator();
        var allocatedAt = new Dictionary<int, long>();
        int count = 0;
        while (true)
        {
            System.Threading.Tasks.ValueTask<bool> next = items.MoveNextAsync();
            Assert.True(next.IsCompletedSuccessfully, "the in-memory enumeration left the thread; the measure would miss allocations");
            if (!await next) break; // completed: the await continues on this thread
            if (count is 1_000 or 2_000 or 2_999) allocatedAt[count] = GC.GetAllocatedBytesForCurrentThread();
            count++;
        }

        Assert.Equal(pages, count);
        long firstThousand = allocatedAt[2_000] - allocatedAt[1_000];
        long lastThousand = allocatedAt[2_999] - allocatedAt[2_000];

        // Each page allocates its body text, items and request (~15 KB). Work that grew with the list (a list of seen
        // cursors, pages kept for the caller) would make the later pages cost more than the earlier ones.
        Assert.True(firstThousand > 1_000 * 4_000, $"only {firstThousand:N0} bytes for 1,000 pages: the measure did not see the work");
        Assert.True(lastThousand <= firstThousand * 1.1, $"pages 2,000..2,999 allocated {lastThousand:N0} bytes, pages 1,000..1,999 {firstThousand:N0}");
    }

    // A list of `pages` pages of one item each, with 2,000 characters of name per item, served from memory.
    private static InMemoryGraph LongList(int pages)
    {
        string payload = new('x', 2_000);
        return new InMemoryGraph(request =>
        {
            string? after = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query)["after"];
            int page = int.Parse(after ?? "0", CultureInfo.InvariantCulture);
            string item = "{\"id\":\"" + page + "\",\"name\":\"" + payload + "\"}";
            string? next = page + 1 < pages ? new Uri(InMemoryGraph.BaseAddress, "/v25.0/act_1/ads?after=" + (page + 1)).AbsoluteUri : null;
            return InMemoryGraph.Json(GraphResponses.Page(item, next, page.ToString(CultureInfo.InvariantCulture)).Body);
        });
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int CountAliveAfterFullCollection(List<WeakReference> references)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
        return references.Count(r => r.IsAlive);
    }

    [Fact]
    public void Page_reads_data_and_paging_from_an_expanded_edge()
    {
        GraphPage<Item> page = GraphJson.Deserialize(
            "{\"data\":[{\"id\":1}],\"summary\":{\"total_count\":9},\"paging\":{\"cursors\":{\"before\":\"a\",\"after\":\"b\"},\"next\":\"https://graph.facebook.com/v25.0/1/x?after=b\",\"previous\":\"p\"}}"u8,
            (ref GraphJsonReader r) => GraphPage<Item>.Read(ref r, Item.Read));

        Assert.Equal("1", Assert.Single(page.Data).Id);
        Assert.Equal("a", page.Paging!.Cursors!.Before);
        Assert.Equal("b", page.Paging.Cursors.After);
        Assert.Equal("p", page.Paging.Previous);
        Assert.True(page.HasNext);
    }
}
