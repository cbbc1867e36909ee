using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

/// <summary>
/// Drives every failure path the client has, with a server that echoes credentials back wherever it can, and scans
/// every exception message, ToString(), attempt log line and recorded URL for the token and the secret.
/// </summary>
public sealed class SecretLeakTests
{
    [Fact]
    public async Task No_exception_message_log_line_or_recorded_url_contains_the_token_or_secret()
    {
        var text = new List<string>();
        await using Harness h = await Harness.StartAsync(o =>
        {
            o.Retry = new GraphRetryOptions { MaxAttempts = 2 };
            o.Timeout = TimeSpan.FromMilliseconds(300);
        });
        string echo = $"Invalid OAuth access token {TestSecrets.Token} (secret {TestSecrets.Secret}) access_token={TestSecrets.Token}";
        h.Server.On("GET", Harness.Url("auth")).Respond(GraphResponses.Error(190, 463, echo, statusCode: 401));
        h.Server.On("GET", Harness.Url("html")).Respond(FakeResponse.Text(502, "<html>" + new string(' ', 250) + TestSecrets.Token + " " + echo + "</html>"));
        h.Server.On("GET", Harness.Url("truncated")).Respond(FakeResponse.Json("{\"token\":\"" + TestSecrets.Token + "\",\"x\":"));
        h.Server.On("GET", Harness.Url("cut")).Respond(FakeResponse.Json("{\"id\":\"1\",\"pad\":\"" + new string('x', 100) + "\"}") with { CutAfterBytes = 20 });
        h.Server.On("GET", Harness.Url("slow")).Respond(FakeResponse.Json("{}") with { Latency = TimeSpan.FromMinutes(1) });
        h.Server.On("GET", Harness.Url("throttled")).Respond(GraphResponses.BusinessUseCaseThrottled(600));
        h.Server.On("GET", Harness.Url("feed")).Respond(GraphResponses.Page("{\"id\":\"1\"}",
            "https://evil.example/v19.0/feed?access_token=" + TestSecrets.Token + "&appsecret_proof=" + TestSecrets.Proof));
        h.Server.On("GET", Harness.Url("loop")).Respond(GraphResponses.Page("{\"id\":\"1\"}",
            h.Server.Url(Harness.Url("loop") + "?access_token=" + TestSecrets.Token)));
        h.Server.On("POST", "/v19.0").Respond(FakeResponse.Json("[{\"code\":400,\"body\":" +
            System.Text.Json.JsonEncodedText.Encode("{\"error\":{\"message\":\"" + echo + "\",\"code\":190}}").ToString().Insert(0, "\"") + "\"},{\"code\":200,\"body\":\"{" + TestSecrets.Token + "\"}]"));

        foreach (string path in new[] { "auth", "html", "truncated", "cut", "slow", "throttled" })
        {
            text.AddRange(Describe(await Assert.ThrowsAnyAsync<GraphException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, path), Item.Read))));
        }

        GraphPage<Item> feed = await h.Client.GetPageAsync(new GraphRequest(HttpMethod.Get, "feed"), Item.Read);
        text.AddRange(Describe(await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.GetNextPageAsync(feed, Item.Read))));
        GraphPage<Item> loop = await h.Client.GetPageAsync(new GraphRequest(HttpMethod.Get, "loop"), Item.Read);
        text.AddRange(Describe(await Assert.ThrowsAsync<GraphProtocolException>(() => h.Client.GetNextPageAsync(loop, Item.Read))));

        IReadOnlyList<GraphBatchResult> batch = await h.Client.SendBatchAsync(new[]
        {
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "me")),
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "me")),
        });
        foreach (GraphBatchResult result in batch)
        {
            text.Add(result.ToString());
            text.AddRange(Describe(Assert.ThrowsAny<GraphException>(() => result.Read(Item.Read))));
        }

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

        Assert.True(h.Attempts.Count >= 10);
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
