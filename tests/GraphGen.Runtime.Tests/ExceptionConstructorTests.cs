using System;
using System.Net;

namespace GraphGen.Runtime.Tests;

/// <summary>Users throw the client's exceptions from their own fakes and mocks; the public constructors must make faithful ones.</summary>
public sealed class ExceptionConstructorTests
{
    [Fact]
    public void A_user_made_throttling_error_is_retriable_and_carries_what_graph_would_send()
    {
        var usage = new GraphUsage { App = new GraphCallUsage(100, 10, 12) };

        var error = new GraphApiException("Application request limit reached", code: 4, category: GraphErrorCategory.RateLimit,
            statusCode: HttpStatusCode.Forbidden, fbTraceId: "AbC123", usage: usage);

        Assert.Equal(4, error.Code);
        Assert.Null(error.Subcode);
        Assert.Equal(GraphErrorCategory.RateLimit, error.Category);
        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("AbC123", error.FbTraceId);
        Assert.Equal("Application request limit reached", error.GraphMessage);
        Assert.Same(usage, error.Usage);
        Assert.True(error.IsRetriable);
    }

    [Fact]
    public void A_user_made_validation_error_is_not_retriable()
    {
        var error = new GraphApiException("(#100) Invalid parameter", code: 100, subcode: 33, category: GraphErrorCategory.Validation);

        Assert.Equal(33, error.Subcode);
        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.False(error.IsRetriable);
    }

    [Fact]
    public void Transport_and_protocol_errors_can_be_made_with_just_a_message()
    {
        var timeout = new GraphTransportException("GET me timed out", isTimeout: true, innerException: new TimeoutException());
        var gateway = new GraphProtocolException("HTML error page", HttpStatusCode.BadGateway, contentType: "text/html");

        Assert.True(timeout.IsTimeout);
        Assert.True(timeout.IsRetriable);
        Assert.IsType<TimeoutException>(timeout.InnerException);
        Assert.True(gateway.IsRetriable);
        Assert.Equal("text/html", gateway.ContentType);
        Assert.False(new GraphProtocolException("empty body").IsRetriable);
    }
}
