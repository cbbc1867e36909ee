using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime.Tests.Support;

/// <summary>
/// An <see cref="HttpMessageHandler"/> that answers in memory and synchronously: for tests whose point is the
/// client's own work (memory, what it refuses to send), where a socket would only add noise. Nothing leaves the process.
/// </summary>
internal sealed class InMemoryGraph : HttpMessageHandler
{
    private readonly Func<HttpRequestMessage, HttpResponseMessage> _respond;
    private readonly ConcurrentQueue<Uri> _requested = new();

    public InMemoryGraph(Func<HttpRequestMessage, HttpResponseMessage> respond) => _respond = respond;

    /// <summary>An https address on loopback; the handler answers before any connection would be made.</summary>
    public static Uri BaseAddress { get; } = new("https://127.0.0.1:8443/");

    public IReadOnlyList<Uri> Requested => _requested.ToArray();

    public static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    /// <summary>A client on <see cref="BaseAddress"/> with the test token and secret.</summary>
    public GraphClient CreateClient() => new(new HttpClient(this, disposeHandler: false), new GraphClientOptions
    {
        BaseAddress = BaseAddress,
        AccessToken = TestSecrets.Token,
        AppSecret = TestSecrets.Secret,
    });

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _requested.Enqueue(request.RequestUri!);
        return _respond(request);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Task.FromResult(Send(request, cancellationToken));
}
