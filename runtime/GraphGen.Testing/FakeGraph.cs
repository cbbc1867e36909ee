using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Runtime.Metadata;

namespace GraphGen.Testing;

/// <summary>
/// A schema-aware fake of the Graph API: serves the nodes, edges and operations of a <see cref="GraphSchemaInfo"/>
/// (e.g. a generated <c>GraphApi.Schema</c>) from in-memory <see cref="Data"/>, on a real loopback HTTP server.
/// It parses <c>fields</c> expansions, rejects unknown fields with Graph's own error, pages edges with cursors and
/// absolute <c>next</c> links, applies updates and deletes, records custom-audience upload sessions, answers batches,
/// and injects faults per route. Routes scripted with <see cref="On"/> take precedence over the schema.
/// </summary>
/// <example>
/// <code>
/// await using var fake = await FakeGraph.StartAsync(GraphApi.Schema);
/// var options = GraphApi.CreateOptions();
/// options.BaseAddress = fake.BaseAddress;
/// fake.Inject("GET", "/v25.0/me/albums", FakeFault.Throttle(613), times: 1);
/// </code>
/// </example>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly List<FakeFaultRule> _faults = new();
    private readonly FakeGraphDispatcher _dispatcher;

    private FakeGraph(FakeGraphServer server, GraphSchemaInfo schema)
    {
        Server = server;
        Data = new FakeGraphData(schema);
        _dispatcher = new FakeGraphDispatcher(Data, AudienceUploads, server.Url, DispatchItem);
    }

    /// <summary>The underlying server: its request log, scripted routes and URLs.</summary>
    public FakeGraphServer Server { get; }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:54321/</c>; set it as <c>GraphClientOptions.BaseAddress</c>.</summary>
    public Uri BaseAddress => Server.BaseAddress;

    /// <summary>The schema served.</summary>
    public GraphSchemaInfo Schema => Data.Schema;

    /// <summary>The data served; change it at any time.</summary>
    public FakeGraphData Data { get; }

    /// <summary>The custom-audience batches received.</summary>
    public FakeAudienceUploads AudienceUploads { get; } = new();

    /// <summary>The requests received so far, in arrival order (a snapshot; batches count as one request).</summary>
    public IReadOnlyList<RecordedRequest> Requests => Server.Requests;

    /// <summary>Starts a fake serving <paramref name="schema"/> on 127.0.0.1 with a random port.</summary>
    /// <param name="schema">The schema, e.g. the generated <c>GraphApi.Schema</c>.</param>
    /// <param name="seed">Whether to add <see cref="FakeGraphSeed"/>'s data (a <c>me</c> user, albums, a page, an ad account, a custom audience).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running fake.</returns>
    public static async Task<FakeGraph> StartAsync(GraphSchemaInfo schema, bool seed = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schema);
        FakeGraphServer server = await FakeGraphServer.StartAsync(cancellationToken).ConfigureAwait(false);
        var fake = new FakeGraph(server, schema);
        if (seed) FakeGraphSeed.Apply(fake.Data);
        server.On(null, "/**").Handle(fake.Answer);
        return fake;
    }

    /// <summary>Scripts a route that takes precedence over the schema-driven answers (see <see cref="FakeGraphServer.On"/>).</summary>
    /// <param name="method">The HTTP method, or <c>null</c> for any.</param>
    /// <param name="pathPattern">The path pattern, e.g. <c>/v25.0/me</c>.</param>
    /// <returns>The route to script.</returns>
    public FakeRoute On(string? method, string pathPattern) => Server.On(method, pathPattern);

    /// <summary>
    /// Injects a fault into the requests matching <paramref name="method"/> and <paramref name="pathPattern"/>
    /// (e.g. <c>/v25.0/*/users</c>; items of a batch are matched by their own path). The oldest matching rule with
    /// requests left applies.
    /// </summary>
    /// <param name="method">The HTTP method, or <c>null</c> for any.</param>
    /// <param name="pathPattern">The path pattern.</param>
    /// <param name="fault">The fault.</param>
    /// <param name="times">How many matching requests it applies to (the next N); <c>null</c> for all.</param>
    /// <returns>The rule, to check <see cref="FakeFaultRule.Hits"/>.</returns>
    public FakeFaultRule Inject(string? method, string pathPattern, FakeFault fault, int? times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (times is < 1) throw new ArgumentOutOfRangeException(nameof(times), times, "times must be at least 1, or null for all requests.");
        var rule = new FakeFaultRule(method, pathPattern, fault, times);
        lock (_faults) _faults.Add(rule);
        return rule;
    }

    /// <summary>Removes every injected fault.</summary>
    public void ClearFaults()
    {
        lock (_faults) _faults.Clear();
    }

    /// <summary>An absolute URL on the fake for a path and query.</summary>
    /// <param name="pathAndQuery">E.g. <c>/v25.0/me</c>.</param>
    /// <returns>The URL.</returns>
    public string Url(string pathAndQuery) => Server.Url(pathAndQuery);

    /// <summary>Stops the server.</summary>
    /// <returns>A task that completes when the server stopped.</returns>
    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private FakeResponse Answer(RecordedRequest request)
    {
        FakeFault? fault = FaultFor(request);
        if (fault?.Response is { } failure) return failure with { Latency = fault.Latency };
        FakeResponse response = _dispatcher.Dispatch(request);
        return fault is null ? response : response with { Latency = fault.Latency };
    }

    // Batch items go through the same faults (without latency) and the same dispatcher.
    private FakeResponse DispatchItem(RecordedRequest request) =>
        FaultFor(request)?.Response ?? _dispatcher.Dispatch(request);

    private FakeFault? FaultFor(RecordedRequest request)
    {
        lock (_faults)
        {
            foreach (FakeFaultRule rule in _faults)
            {
                if (rule.TryApply(request.Method, request.Path)) return rule.Fault;
            }
        }

        return null;
    }
}
