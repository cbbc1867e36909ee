using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Runtime.Tests.Support;
using GraphGen.Testing;

namespace GraphGen.Runtime.Tests;

public sealed class ErrorClassificationTests
{
    [Theory]
    [InlineData(190, 463, 400, GraphErrorCategory.Auth)]
    [InlineData(10, null, 403, GraphErrorCategory.Permission)]
    [InlineData(200, null, 403, GraphErrorCategory.Permission)]
    [InlineData(100, 33, 400, GraphErrorCategory.Validation)]
    [InlineData(4, null, 403, GraphErrorCategory.RateLimit)]
    [InlineData(17, null, 400, GraphErrorCategory.RateLimit)]
    [InlineData(80004, 2446079, 400, GraphErrorCategory.RateLimit)]
    [InlineData(2, null, 500, GraphErrorCategory.Transient)]
    [InlineData(12345, null, 400, GraphErrorCategory.Other)]
    public async Task Error_is_classified_by_code_not_by_http_status(int code, int? subcode, int status, GraphErrorCategory expected)
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions { MaxAttempts = 1 });
        h.Server.On("POST", Harness.Url("me/feed")).Respond(GraphResponses.Error(code, subcode, "boom", statusCode: status));

        var ex = await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Post, "me/feed"), GraphSuccess.Read));

        Assert.Equal(expected, ex.Category);
        Assert.Equal(code, ex.Code);
        Assert.Equal(subcode, ex.Subcode);
        Assert.Equal((HttpStatusCode)status, ex.StatusCode);
        Assert.Equal("OAuthException", ex.Type);
        Assert.Equal("AbCdEfGh123", ex.FbTraceId);
        Assert.Equal("boom", ex.GraphMessage);
    }

    [Fact]
    public async Task Is_transient_flag_makes_an_unknown_code_transient()
    {
        await using Harness h = await Harness.StartAsync(o => o.Retry = new GraphRetryOptions { MaxAttempts = 1 });
        h.Server.On("GET", Harness.Url("me")).Respond(GraphResponses.Error(9999, null, "try later", isTransient: true));

        var ex = await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "me"), Item.Read));

        Assert.True(ex.IsTransient);
        Assert.Equal(GraphErrorCategory.Transient, ex.Category);
        Assert.True(ex.IsRetriable);
    }

    [Fact]
    public async Task Request_catalog_wins_over_options_classifier_and_built_in_codes()
    {
        await using Harness h = await Harness.StartAsync(o =>
        {
            o.Retry = new GraphRetryOptions { MaxAttempts = 1 };
            o.ErrorClassifier = new FixedClassifier(2635, GraphErrorCategory.Validation);
        });
        h.Server.On("GET", Harness.Url("a")).Respond(GraphResponses.Error(2635, null, "deprecated version"));
        h.Server.On("GET", Harness.Url("b")).Respond(GraphResponses.Error(100, null, "catalog says permission"));

        var fromOptions = await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(new GraphRequest(HttpMethod.Get, "a"), Item.Read));
        var fromRequest = await Assert.ThrowsAsync<GraphApiException>(() => h.Client.SendAsync(
            new GraphRequest(HttpMethod.Get, "b") { ErrorClassifier = new FixedClassifier(100, GraphErrorCategory.Permission) }, Item.Read));

        Assert.Equal(GraphErrorCategory.Validation, fromOptions.Category);
        Assert.Equal(GraphErrorCategory.Permission, fromRequest.Category);
    }

    private sealed class FixedClassifier(int code, GraphErrorCategory category) : IGraphErrorClassifier
    {
        public GraphErrorCategory Classify(int c, int? subcode) => c == code ? category : GraphErrorCategory.Other;
    }
}
