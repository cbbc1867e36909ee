using System;
using System.Collections.Generic;

namespace GraphGen.Testing;

/// <summary>What the <see cref="FakeGraphServer"/> sends for a request. Build with the static helpers or an initializer.</summary>
public sealed record FakeResponse
{
    /// <summary>The HTTP status. Default 200.</summary>
    public int StatusCode { get; init; } = 200;

    /// <summary>The body text. Default empty.</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>The content type. Default <c>application/json; charset=UTF-8</c>.</summary>
    public string? ContentType { get; init; } = "application/json; charset=UTF-8";

    /// <summary>Extra response headers (e.g. <c>X-App-Usage</c>, <c>Retry-After</c>).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Wait this long (real time, cancelled when the client goes away) before sending the response.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>
    /// Send only the first this-many bytes of <see cref="Body"/> while announcing the full <c>Content-Length</c>, then
    /// drop the connection: a body cut off in transit. <c>null</c> sends it whole.
    /// </summary>
    public int? CutAfterBytes { get; init; }

    /// <summary>A JSON response.</summary>
    /// <param name="json">The body.</param>
    /// <param name="statusCode">The status. Default 200.</param>
    /// <returns>The response.</returns>
    public static FakeResponse Json(string json, int statusCode = 200) => new() { StatusCode = statusCode, Body = json };

    /// <summary>A non-JSON response, e.g. a proxy's HTML error page.</summary>
    /// <param name="statusCode">The status.</param>
    /// <param name="body">The body.</param>
    /// <param name="contentType">The content type. Default <c>text/html</c>.</param>
    /// <returns>The response.</returns>
    public static FakeResponse Text(int statusCode, string body, string contentType = "text/html") =>
        new() { StatusCode = statusCode, Body = body, ContentType = contentType };

    /// <summary>Returns a copy with one more header.</summary>
    /// <param name="name">The header name.</param>
    /// <param name="value">The header value.</param>
    /// <returns>The response.</returns>
    public FakeResponse WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value } };
}
