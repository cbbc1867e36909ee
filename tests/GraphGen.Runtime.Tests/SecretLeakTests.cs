using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

/// <summary>
/// Drives every failure path the client has, with a server that echoes credentials back wherever it can, and scans
/// every exception message, ToString(), attempt log line and recorded URL for the token and the secret. Each path
/// asserts that it was taken (the exception type and what made it), so a path cannot silently turn into another one;
/// only the timeout path has a short timeout, against a response held back for minutes.
/// </summary>
public sealed class SecretLeakTests
{
    private static readonly string Echo =
        $"Invalid OAuth access token {TestSecrets.Token} (secret {TestSecrets.Secret}) access_token={TestSecrets.Token}";

    [Fact]
    public async Task No_exception_message_log_line_or_recorded_url_contains_the_token_or_secret()
    {
        var text = new List<string>();
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions { MaxAttempts = 2 });
        ScriptEchoingRoutes(h);

        GraphApiException auth = await FailsWith<GraphApiException>(h.Client, "auth", text);
        Assert.Equal(190, auth.Code);
        Assert.Contains(SecretRedactor.Mask, auth.GraphMessage, StringComparison.Ordinal);

        GraphProtocolException html = await FailsWith<GraphProtocolException>(h.Client, "html", text);
        Assert.Equal(HttpStatusCode.BadGateway, html.StatusCode);
        Assert.Contains(SecretRedactor.Mask, html.BodyPreview, StringComparison.Ordinal);

        GraphProtocolException truncated = await FailsWith<GraphProtocolException>(h.Client, "truncated", text);
        Assert.IsAssignableFrom<System.Text.Json.JsonException>(truncated.InnerException);
        Assert.Contains(SecretRedactor.Mask, truncated.BodyPreview, StringComparison.Ordinal);

        GraphTransportException cut = await FailsWith<GraphTransportException>(h.Client, "cut", text);
        Assert.Equal(HttpStatusCode.OK, cut.StatusCode);
        Assert.False(cut.IsTimeout);

        GraphApiException throttled = await FailsWith<GraphApiException>(h.Client, "throttled", text);
        Assert.Equal(GraphErrorCategory.RateLimit, throttled.Category);

        GraphPage<Item> feed = await h.Client.GetPageAsync(new GraphRequest(HttpMethod.Get, "feed"), Item.Read);
        GraphProtocolException offHost = await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.GetNextPageAsync(feed, Item.Read));
        Assert.Contains("Nothing was sent", offHost.Message, StringComparison.Ordinal);
        Assert.Contains("access_token=" + SecretRedactor.Mask, offHost.Message, StringComparison.Ordinal);
        text.AddRange(Describe(offHost));

        GraphPage<Item> loop = await h.Client.GetPageAsync(new GraphRequest(HttpMethod.Get, "loop"), Item.Read);
        GraphProtocolException stuck = await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.GetNextPageAsync(loop, Item.Read));
        Assert.Contains("does not advance", stuck.Message, StringComparison.Ordinal);
        text.AddRange(Describe(stuck));

        IReadOnlyList<GraphBatchResult> batch = await h.Client.SendBatchAsync(new[]
        {
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "me")),
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "me")),
        });
        Assert.Equal(2, batch.Count);
        GraphApiException batchError = Assert.Throws<GraphApiException>(() => batch[0].Read(Item.Read));
        Assert.Contains(SecretRedactor.Mask, batchError.GraphMessage, StringComparison.Ordinal);
        GraphProtocolException batchBody = Assert.Throws<GraphProtocolException>(() => batch[1].Read(Item.Read));
        foreach (GraphBatchResult result in batch) text.Add(result.ToString());
        text.AddRange(Describe(batchError));
        text.AddRange(Describe(batchBody));

        foreach (GraphAttempt attempt in h.Attempts)
        {
            text.Add(attempt.ToString());
            text.Add(attempt.Url);
        }

        foreach (RecordedRequest request in h.Server.Requests)
        {
            text.Add(request.Path + request.QueryString);
        }

        text.Add(h.Client.Options.ToString());
        text.Add(new GraphCallOptions { AccessToken = TestSecrets.Token }.ToString());

        // auth 1 + html 2 (502 is retried) + truncated 1 + cut 2 + throttled 1 + feed 1 + loop 1 + batch 1.
        Assert.Equal(10, h.Attempts.Count);
        AssertNoSecret(text);
    }

    [Fact]
    public async Task Timeout_message_and_attempt_log_contain_neither_the_token_nor_the_secret()
    {
        await using Harness h = await Harness.StartAsync(o =>
        {
            o.Retry = new GraphRetryOptions { MaxAttempts = 2 };
            o.Timeout = TimeSpan.FromSeconds(1);
        });

        // Held back for ten minutes: the one-second attempt timeout is the only way this call can end.
        h.Server.On("GET", Harness.Url("slow")).Respond(FakeResponse.Json("{}") with { Latency = TimeSpan.FromMinutes(10) });
        var text = new List<string>();

        GraphTransportException slow = await FailsWith<GraphTransportException>(h.Client, "slow", text);

        Assert.True(slow.IsTimeout);
        Assert.Equal(2, h.Attempts.Count);
        Assert.All(h.Attempts, a => Assert.True(a.Error is GraphTransportException { IsTimeout: true }));
        foreach (GraphAttempt attempt in h.Attempts)
        {
            text.Add(attempt.ToString());
            text.Add(attempt.Url);
        }

        AssertNoSecret(text);
    }

    private static void ScriptEchoingRoutes(Harness h)
    {
        h.Server.On("GET", Harness.Url("auth")).Respond(GraphResponses.Error(190, 463, Echo, statusCode: 401));
        h.Server.On("GET", Harness.Url("html")).Respond(FakeResponse.Text(502, "<html>" + TestSecrets.Token + " " + Echo + "</html>"));
        h.Server.On("GET", Harness.Url("truncated")).Respond(FakeResponse.Json("{\"token\":\"" + TestSecrets.Token + "\",\"x\":"));
        h.Server.On("GET", Harness.Url("cut")).Respond(FakeResponse.Json("{\"id\":\"1\",\"pad\":\"" + new string('x', 100) + "\"}") with { CutAfterBytes = 20 });
        h.Server.On("GET", Harness.Url("throttled")).Respond(GraphResponses.BusinessUseCaseThrottled(600));
        h.Server.On("GET", Harness.Url("feed")).Respond(GraphResponses.Page("{\"id\":\"1\"}",
            "https://evil.example/v25.0/feed?access_token=" + TestSecrets.Token + "&appsecret_proof=" + TestSecrets.Proof));
        h.Server.On("GET", Harness.Url("loop")).Respond(GraphResponses.Page("{\"id\":\"1\"}",
            h.Server.Url(Harness.Url("loop") + "?access_token=" + TestSecrets.Token)));
        h.Server.On("POST", "/v25.0").Respond(FakeResponse.Json("[{\"code\":400,\"body\":" +
            System.Text.Json.JsonEncodedText.Encode("{\"error\":{\"message\":\"" + Echo + "\",\"code\":190}}").ToString().Insert(0, "\"") + "\"},{\"code\":200,\"body\":\"{" + TestSecrets.Token + "\"}]"));
    }

    private static async Task<T> FailsWith<T>(GraphClient client, string path, List<string> text)
        where T : GraphException
    {
        T ex = await Assert.ThrowsAsync<T>(() => client.SendAsync(new GraphRequest(HttpMethod.Get, path), Item.Read));
        text.AddRange(Describe(ex));
        return ex;
    }

    private static void AssertNoSecret(List<string> text)
    {
        foreach (string line in text)
        {
            Assert.DoesNotContain(TestSecrets.Token, line, StringComparison.Ordinal);
            Assert.DoesNotContain(TestSecrets.Secret, line, StringComparison.Ordinal);
            Assert.DoesNotContain(TestSecrets.Token[..8], line, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> Describe(Exception ex)
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
        {
            yield return e.Message;
        }

        yield return ex.ToString();
        if (ex is GraphException g && g.RequestUrl is not null) yield return g.RequestUrl;
        if (ex is GraphProtocolException p && p.BodyPreview is not null) yield return p.BodyPreview;
        if (ex is GraphApiException a)
        {
            yield return a.GraphMessage ?? string.Empty;
            yield return a.UserMessage ?? string.Empty;
        }
    }
}
