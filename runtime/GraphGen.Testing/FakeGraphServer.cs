using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphGen.Testing;

/// <summary>
/// A fake Graph API on a real HTTP server: Kestrel on 127.0.0.1 with a random port. Script responses per route with
/// <see cref="On"/>, point the client at <see cref="BaseAddress"/>, and assert on <see cref="Requests"/>.
/// Requests no route matches get HTTP 404 with a Graph error body (code 803) and are still recorded.
/// </summary>
/// <example>
/// <code>
/// await using var server = await FakeGraphServer.StartAsync();
/// server.On("GET", "/v25.0/me").Respond(FakeResponse.Json("{\"id\":\"1\"}"));
/// </code>
/// </example>
public sealed class FakeGraphServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<FakeRoute> _routes = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _requestCount;

    private FakeGraphServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Whether requests are kept for <see cref="Requests"/>. Turn off for very long runs (e.g. 10,000 pages). Default on.</summary>
    public bool RecordRequests { get; set; } = true;

    /// <summary>
    /// File parts of multipart bodies up to this many bytes keep their content in <see cref="RecordedPart.Content"/>;
    /// larger ones only their length and SHA-256. Default 64 KiB.
    /// </summary>
    public int KeepFileBytesUpTo { get; set; } = 64 * 1024;

    /// <summary>The requests received so far, in arrival order (a snapshot).</summary>
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    /// <summary>How many requests were received, recorded or not.</summary>
    public int RequestCount => Volatile.Read(ref _requestCount);

    /// <summary>Starts a server on 127.0.0.1 with a port chosen by the OS.</summary>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<FakeGraphServer> StartAsync(CancellationToken cancellationToken = default)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            // Uploads (videos) are far over Kestrel's 30 MB default; multipart bodies are read in chunks, never held.
            kestrel.Limits.MaxRequestBodySize = null;
        });
        WebApplication app = builder.Build();
        FakeGraphServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new FakeGraphServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Adds a route. Later routes take precedence over earlier ones that match the same request.</summary>
    /// <param name="method">The HTTP method, or <c>null</c> for any.</param>
    /// <param name="pathPattern">The path pattern, e.g. <c>/v25.0/me</c> or <c>/v25.0/*/feed</c>.</param>
    /// <returns>The route, to script with <see cref="FakeRoute.Respond"/> or <see cref="FakeRoute.Handle"/>.</returns>
    public FakeRoute On(string? method, string pathPattern)
    {
        var route = new FakeRoute(method, pathPattern);
        lock (_routes) _routes.Add(route);
        return route;
    }

    /// <summary>An absolute URL on this server for a path and query, e.g. for <c>paging.next</c> links.</summary>
    /// <param name="pathAndQuery">The path (and query), e.g. <c>/v25.0/me/feed?after=abc</c>.</param>
    /// <returns>The URL.</returns>
    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).AbsoluteUri;

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task HandleAsync(HttpContext context)
    {
        RecordedRequest request = await RecordAsync(context.Request, KeepFileBytesUpTo, context.RequestAborted).ConfigureAwait(false);
        Interlocked.Increment(ref _requestCount);
        if (RecordRequests) _requests.Enqueue(request);

        FakeRoute? route;
        lock (_routes) route = _routes.LastOrDefault(r => r.Matches(request.Method, request.Path));
        FakeResponse response = route?.Next(request) ??
            GraphResponses.Error(803, null, $"No fake route for {request.Method} {request.Path}", statusCode: 404, type: "GraphMethodException");

        if (response.Latency > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(response.Latency, context.RequestAborted).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        await WriteAsync(context, response).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, FakeResponse response)
    {
        HttpResponse http = context.Response;
        http.StatusCode = response.StatusCode;
        if (response.ContentType is not null) http.ContentType = response.ContentType;
        foreach (KeyValuePair<string, string> header in response.Headers) http.Headers[header.Key] = header.Value;

        byte[] body = Encoding.UTF8.GetBytes(response.Body);
        http.ContentLength = body.Length;
        if (response.CutAfterBytes is { } cut && cut < body.Length)
        {
            await http.Body.WriteAsync(body.AsMemory(0, cut)).ConfigureAwait(false);
            await http.Body.FlushAsync().ConfigureAwait(false);

            // Returning with fewer bytes than Content-Length makes Kestrel close the connection after what was
            // written (an abort would reset it and could discard the partial body before it is sent).
            return;
        }

        await http.Body.WriteAsync(body).ConfigureAwait(false);
    }

    private static async Task<RecordedRequest> RecordAsync(HttpRequest request, int keepFileBytesUpTo, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType && request.ContentType!.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            IReadOnlyList<RecordedPart> parts = await MultipartRecorder.ReadAsync(request.Body, request.ContentType, keepFileBytesUpTo, fields, cancellationToken).ConfigureAwait(false);
            return Describe(request, fields, string.Empty) with { Parts = parts };
        }

        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        string body = await reader.ReadToEndAsync().ConfigureAwait(false);
        IReadOnlyDictionary<string, string> form = request.HasFormContentType ? Flatten(QueryHelpers.ParseQuery(body)) : new Dictionary<string, string>();
        return Describe(request, form, body);
    }

    private static RecordedRequest Describe(HttpRequest request, IReadOnlyDictionary<string, string> form, string body)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in request.Headers) headers[header.Key] = header.Value.ToString();
        string queryString = request.QueryString.Value ?? string.Empty;
        return new RecordedRequest(request.Method, request.Path.Value ?? "/", queryString, Flatten(QueryHelpers.ParseQuery(queryString)), form, headers, body);
    }

    private static Dictionary<string, string> Flatten(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> values) =>
        values.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
}
