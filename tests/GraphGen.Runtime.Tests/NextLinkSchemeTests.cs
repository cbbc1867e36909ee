using System;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

/// <summary>
/// "Paging refuses to follow a next link to another host" includes the same host over plain http: following it would
/// send the token and proof unencrypted.
/// </summary>
public sealed class NextLinkSchemeTests
{
    [Fact]
    public async Task Https_to_http_downgrade_on_the_same_host_and_port_is_refused_and_nothing_is_sent()
    {
        string downgraded = "http://127.0.0.1:8443/v25.0/me/feed?after=c1";
        var graph = new InMemoryGraph(_ => InMemoryGraph.Json(GraphResponses.Page("{\"id\":\"1\"}", downgraded, "c1").Body));
        GraphClient client = graph.CreateClient();

        GraphPage<Item> first = await client.GetPageAsync(new GraphRequest(HttpMethod.Get, "me/feed"), Item.Read);
        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() => client.GetNextPageAsync(first, Item.Read));

        Assert.Contains("Nothing was sent", ex.Message, StringComparison.Ordinal);
        Assert.Contains(downgraded, ex.Message, StringComparison.Ordinal);
        Uri only = Assert.Single(graph.Requested);
        Assert.Equal(Uri.UriSchemeHttps, only.Scheme);
    }

    [Fact]
    public async Task Same_scheme_host_and_port_is_followed_so_the_refusal_above_is_about_the_scheme()
    {
        string next = "https://127.0.0.1:8443/v25.0/me/feed?after=c1";
        var graph = new InMemoryGraph(request => InMemoryGraph.Json(request.RequestUri!.Query.Contains("after=c1", StringComparison.Ordinal)
            ? GraphResponses.Page("{\"id\":\"2\"}", next: null).Body
            : GraphResponses.Page("{\"id\":\"1\"}", next, "c1").Body));
        GraphClient client = graph.CreateClient();

        GraphPage<Item> first = await client.GetPageAsync(new GraphRequest(HttpMethod.Get, "me/feed"), Item.Read);
        GraphPage<Item>? second = await client.GetNextPageAsync(first, Item.Read);

        Assert.Equal("2", Assert.Single(second!.Data).Id);
        Assert.Equal(2, graph.Requested.Count);
    }
}
