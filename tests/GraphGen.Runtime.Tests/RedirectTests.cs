using System;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

/// <summary>Redirects are followed on the Graph origin only; another host receives nothing, not even the request line.</summary>
public sealed class RedirectTests
{
    [Theory]
    [InlineData(301)]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    [InlineData(308)]
    public async Task Get_redirected_to_another_host_is_refused_and_the_other_host_receives_nothing(int status)
    {
        await using Harness h = await Harness.StartAsync();
        await using FakeGraphServer other = await FakeGraphServer.StartAsync();
        other.On(null, "/**").Respond(FakeResponse.Json("{\"id\":\"666\",\"name\":\"Mallory\"}"));
        h.Server.On("GET", Harness.Url("me")).Respond(Redirect(status, other.Url("/v25.0/me")));

        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Contains("another host", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Nothing was sent there", ex.Message, StringComparison.Ordinal);
        Assert.False(ex.IsRetriable);
        Assert.Equal(0, other.RequestCount);
        Assert.Equal(1, h.Server.RequestCount);
    }

    [Fact]
    public async Task Post_answered_307_to_another_host_does_not_resend_its_form_body_or_proof_there()
    {
        await using Harness h = await Harness.StartAsync();
        await using FakeGraphServer other = await FakeGraphServer.StartAsync();
        h.Server.On("POST", Harness.Url("me/feed")).Respond(Redirect(307, other.Url("/v25.0/me/feed")));
        var request = new GraphRequest(HttpMethod.Post, "me/feed") { CallOptions = new GraphCallOptions { IsIdempotent = true } }.Add("message", "hi");

        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.SendAsync(request, GraphSuccess.Read));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, ex.StatusCode);
        Assert.Equal(0, other.RequestCount);
        RecordedRequest sent = Assert.Single(h.Server.Requests);
        Assert.Equal(TestSecrets.Proof, sent.Form["appsecret_proof"]);
        Assert.DoesNotContain(TestSecrets.Proof, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestSecrets.Token, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_redirected_on_the_same_host_is_followed_with_credentials()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(Redirect(302, h.Server.Url("/v25.0/1234?fields=id")));
        h.Server.On("GET", Harness.Url("1234")).Respond(FakeResponse.Json("{\"id\":\"1234\"}"));

        Item item = await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        Assert.Equal("1234", item.Id);
        RecordedRequest followed = h.Server.Requests[1];
        Assert.Equal("/v25.0/1234", followed.Path);
        Assert.Equal("Bearer " + TestSecrets.Token, followed.Header("Authorization"));
        Assert.Equal("id", followed.Parameter("fields"));
        Assert.Equal(TestSecrets.Proof, followed.Parameter("appsecret_proof"));
    }

    [Fact]
    public async Task Credentials_in_a_same_host_redirect_target_are_replaced_by_our_own()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(Redirect(302, h.Server.Url("/v25.0/1234?fields=id&appsecret_proof=stale&access_token=someone-elses")));
        h.Server.On("GET", Harness.Url("1234")).Respond(FakeResponse.Json("{\"id\":\"1234\"}"));

        await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        RecordedRequest followed = h.Server.Requests[1];
        Assert.Equal("id", followed.Parameter("fields"));
        Assert.Equal(TestSecrets.Proof, followed.Parameter("appsecret_proof"));
        Assert.Null(followed.Parameter("access_token"));
        Assert.DoesNotContain("stale", followed.QueryString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_answered_307_on_the_same_host_is_resent_there_with_its_body_and_a_proof()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("me/feed")).Respond(Redirect(307, h.Server.Url("/v25.0/1234/feed")));
        h.Server.On("POST", Harness.Url("1234/feed")).Respond(FakeResponse.Json("{\"success\":true}"));

        GraphSuccess result = await h.Client.SendAsync(new GraphRequest(HttpMethod.Post, "me/feed").Add("message", "hi"), GraphSuccess.Read);

        Assert.True(result.Success);
        RecordedRequest resent = h.Server.Requests[1];
        Assert.Equal("/v25.0/1234/feed", resent.Path);
        Assert.Equal("hi", resent.Form["message"]);
        Assert.Equal(TestSecrets.Proof, resent.Form["appsecret_proof"]);
    }

    [Fact]
    public async Task Post_answered_302_on_the_same_host_is_not_turned_into_a_get()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", Harness.Url("me/feed")).Respond(Redirect(302, h.Server.Url("/v25.0/1234/feed")));

        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() =>
            h.Client.SendAsync(new GraphRequest(HttpMethod.Post, "me/feed").Add("message", "hi"), GraphSuccess.Read));

        Assert.Contains("would turn the POST into a GET", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, h.Server.RequestCount);
    }

    [Fact]
    public async Task A_redirect_loop_on_the_same_host_stops_after_the_hop_limit()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(Redirect(302, h.Server.Url("/v25.0/me")));

        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.Contains("redirects in a row", ex.Message, StringComparison.Ordinal);
        Assert.Equal(6, h.Server.RequestCount); // the request and 5 hops
    }

    [Fact]
    public async Task An_httpclient_that_follows_redirects_itself_gets_its_answer_from_another_host_refused()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using FakeGraphServer other = await FakeGraphServer.StartAsync();
        other.On(null, "/**").Respond(FakeResponse.Json("{\"id\":\"666\",\"name\":\"Mallory\"}"));
        graph.On("GET", "/v25.0/me").Respond(Redirect(302, other.Url("/v25.0/me")));
        using var autoRedirecting = new HttpClient(); // AllowAutoRedirect = true: the handler follows before we can refuse
        var client = new GraphClient(autoRedirecting, new GraphClientOptions { BaseAddress = graph.BaseAddress, AccessToken = TestSecrets.Token });

        var ex = await Assert.ThrowsAsync<GraphProtocolException>(() => client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.Contains("GraphHttp.CreateHttpClient", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Mallory", ex.Message, StringComparison.Ordinal);
        Assert.Null(Assert.Single(other.Requests).Header("Authorization")); // .NET drops it on a cross-host redirect
    }

    private static FakeResponse Redirect(int status, string location) =>
        new FakeResponse { StatusCode = status, Body = string.Empty, ContentType = null }.WithHeader("Location", location);
}
