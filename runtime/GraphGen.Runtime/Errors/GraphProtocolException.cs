using System;
using System.Net;

namespace GraphGen.Runtime;

/// <summary>
/// A response arrived but is not what Graph sends: an HTML error page from a proxy, an empty body, truncated or
/// invalid JSON, or JSON of an unexpected shape. Also raised when paging does not advance or a <c>next</c> link
/// points to another host.
/// </summary>
public sealed class GraphProtocolException : GraphException
{
    /// <summary>Creates the exception (the client does; public so tests of your code can throw one).</summary>
    /// <param name="message">The message; must not contain credentials.</param>
    /// <param name="statusCode">The response status, if a response arrived.</param>
    /// <param name="requestUrl">The request as <c>METHOD url</c>, credentials redacted.</param>
    /// <param name="contentType">The response's content type.</param>
    /// <param name="bodyPreview">The first bytes of the body as text, credentials redacted.</param>
    /// <param name="innerException">The cause.</param>
    public GraphProtocolException(string message, HttpStatusCode? statusCode = null, string? requestUrl = null, string? contentType = null,
        string? bodyPreview = null, Exception? innerException = null)
        : base(message, statusCode, requestUrl, innerException)
    {
        ContentType = contentType;
        BodyPreview = bodyPreview;
    }

    /// <summary>The response's content type, if any.</summary>
    public string? ContentType { get; }

    /// <summary>The first bytes of the body as text, credentials redacted; <c>null</c> when there was no response.</summary>
    public string? BodyPreview { get; }

    /// <inheritdoc />
    // A gateway error page (502/503/504) or 429 is the infrastructure asking us to come back later.
    public override bool IsRetriable => StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable
        or HttpStatusCode.GatewayTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError;
}
