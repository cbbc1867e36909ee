using System;
using System.Net.Http;
using System.Threading;

namespace GraphGen.Runtime;

/// <summary>
/// HTTP plumbing for <see cref="GraphClient"/>: a handler that never follows redirects by itself, so the client's own
/// redirect policy decides (same host only) and nothing is ever sent to a host a redirect names.
/// </summary>
/// <remarks>
/// <para>An <see cref="HttpClient"/> created with <c>new HttpClient()</c> follows redirects inside the handler, before
/// <see cref="GraphClient"/> sees them: the other host then receives the request (a 307 re-sends the form body with
/// <c>appsecret_proof</c>). The client still refuses such a response (<see cref="GraphProtocolException"/>), but only a
/// handler from <see cref="CreateHandler"/> keeps the request from leaving.</para>
/// <para>With <c>IHttpClientFactory</c>: <c>services.AddHttpClient("graph").ConfigurePrimaryHttpMessageHandler(GraphHttp.CreateHandler)</c>.</para>
/// </remarks>
public static class GraphHttp
{
    /// <summary>A handler for Graph calls: automatic redirects off, pooled connections renewed every 5 minutes (DNS changes).</summary>
    /// <returns>A new handler; the caller owns it.</returns>
    public static HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };

    /// <summary>
    /// An <see cref="HttpClient"/> over <see cref="CreateHandler"/> with an infinite <see cref="HttpClient.Timeout"/>:
    /// <see cref="GraphClientOptions.Timeout"/> and <see cref="GraphRetryOptions.TotalBudget"/> bound each call instead.
    /// Create one and share it for the application's lifetime.
    /// </summary>
    /// <returns>A new client; the caller owns it.</returns>
    public static HttpClient CreateHttpClient() => new(CreateHandler(), disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
}
