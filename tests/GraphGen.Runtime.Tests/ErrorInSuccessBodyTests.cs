using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

/// <summary>Graph sometimes answers HTTP 200 with an error body: it must fail like the same error with a 4xx.</summary>
public sealed class ErrorInSuccessBodyTests
{
    private const string ErrorBody =
        "{\"error\":{\"message\":\"Unsupported get request\",\"type\":\"GraphMethodException\",\"code\":100,\"error_subcode\":33,\"fbtrace_id\":\"Ab1\"}}";

    [Fact]
    public async Task Http_200_with_an_error_body_throws_the_graph_error_instead_of_an_empty_result()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json(ErrorBody));

        var ex = await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.Equal(100, ex.Code);
        Assert.Equal(33, ex.Subcode);
        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
        Assert.Equal(GraphErrorCategory.Validation, ex.Category);
        Assert.Same(ex, Assert.Single(h.Attempts).Error);
    }

    [Fact]
    public async Task Http_200_with_a_throttling_error_is_retried_like_a_403()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(
            FakeResponse.Json("{\"error\":{\"message\":\"Application request limit reached\",\"type\":\"OAuthException\",\"code\":4}}"),
            FakeResponse.Json("{\"id\":\"1\"}"));

        Item item = await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        Assert.Equal("1", item.Id);
        Assert.Equal(2, h.Server.RequestCount);
        Assert.Equal(GraphErrorCategory.RateLimit, Assert.IsType<GraphApiException>(h.Attempts[0].Error).Category);
    }

    [Fact]
    public async Task A_page_answered_200_with_an_error_ends_the_listing_with_that_error_not_silently()
    {
        await using Harness h = await Harness.StartAsync();
        string feed = Harness.Url("me/feed");
        h.Server.On("GET", feed).Handle(request => request.Query.GetValueOrDefault("after") switch
        {
            null => GraphResponses.Page("{\"id\":\"1\"},{\"id\":\"2\"}", h.Server.Url(feed + "?after=c1"), "c1"),
            _ => FakeResponse.Json(ErrorBody),
        });

        var seen = new List<string?>();
        var ex = await Assert.ThrowsAsync<GraphApiException>(async () =>
        {
            await foreach (Item item in h.Client.ListAsync(new GraphRequest(HttpMethod.Get, "me/feed"), Item.Read))
            {
                seen.Add(item.Id);
            }
        });

        Assert.Equal(new[] { "1", "2" }, seen);
        Assert.Equal(100, ex.Code);
        Assert.Equal(HttpStatusCode.OK, ex.StatusCode);
    }

    [Fact]
    public async Task A_batch_item_with_code_200_and_an_error_body_is_a_failed_item()
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("POST", "/v25.0").Respond(FakeResponse.Json(
            "[{\"code\":200,\"headers\":[],\"body\":\"{\\\"id\\\":\\\"1\\\"}\"}," +
            "{\"code\":200,\"headers\":[],\"body\":" + System.Text.Json.JsonSerializer.Serialize(ErrorBody) + "}]"));

        IReadOnlyList<GraphBatchResult> results = await h.Client.SendBatchAsync(new[]
        {
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "me")),
            new GraphBatchItem(new GraphRequest(HttpMethod.Get, "you")),
        });

        Assert.True(results[0].IsSuccess);
        Assert.False(results[1].IsSuccess);
        var error = Assert.IsType<GraphApiException>(results[1].Error);
        Assert.Equal(100, error.Code);
        Assert.Equal(HttpStatusCode.OK, results[1].StatusCode);
        Assert.Same(error, Assert.Throws<GraphApiException>(() => results[1].Read(Item.Read)));
    }

    [Theory]
    [InlineData("{\"id\":\"1\",\"name\":\"error\"}")]
    [InlineData("{\"id\":\"1\",\"error\":\"a field that happens to be called error\"}")]
    [InlineData("{\"id\":\"1\",\"error\":{\"message\":\"no code, so not a Graph error\"}}")]
    public async Task A_success_body_that_merely_mentions_error_still_reads(string body)
    {
        await using Harness h = await Harness.StartAsync();
        h.Server.On("GET", Harness.Url("me")).Respond(FakeResponse.Json(body));

        Item item = await h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read);

        Assert.Equal("1", item.Id);
    }
}
