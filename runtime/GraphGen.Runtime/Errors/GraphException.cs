using System;
using System.Net;

namespace GraphGen.Runtime;

/// <summary>
/// Base of every failure the client reports. Messages name the method and the request URL with
/// <c>access_token</c>, <c>appsecret_proof</c> and other credentials redacted; they never contain the token or secret.
/// </summary>
public abstract class GraphException : Exception
{
    private protected GraphException(string message, HttpStatusCode? statusCode, string? requestUrl, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        RequestUrl = requestUrl;
    }

    /// <summary>The HTTP status of the response, or <c>null</c> when none was received.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The request's method and URL with credentials redacted, e.g. <c>GET https://graph.facebook.com/v25.0/me?appsecret_proof=[redacted]</c>.</summary>
    public string? RequestUrl { get; }

    /// <summary>Whether retrying the same request later may succeed (used by the client's retry policy).</summary>
    public abstract bool IsRetriable { get; }
}
