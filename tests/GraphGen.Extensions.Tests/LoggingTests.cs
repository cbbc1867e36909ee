using System.Linq;
using System.Threading.Tasks;
using GraphGen.Extensions.DependencyInjection;
using GraphGen.Facebook;
using GraphGen.Runtime;
using GraphGen.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphGen.Extensions.Tests;

public sealed class LoggingTests : IAsyncLifetime
{
    private const string Category = "GraphGen.Runtime.GraphClient";
    private readonly CapturedLogs _logs = new();
    private FakeGraph _fake = null!;
    private IHost _host = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeGraph.StartAsync(GraphApi.Schema);
        HostApplicationBuilder builder = TestHost.CreateBuilder($$"""{ "GraphApi": {{TestHost.GraphApiSection(_fake)}} }""", _logs);
        builder.Services.AddGraphApi(client => new GraphApi(client), GraphApi.CreateOptions).BindConfiguration("GraphApi");
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task A_throttled_call_logs_the_throttling_wait_then_the_successful_attempt_with_stable_event_ids()
    {
        _fake.Inject("GET", "/v25.0/me", FakeFault.Throttle(code: 80003, businessId: "77001"), times: 1);

        await _host.Services.GetRequiredService<GraphApi>().Users["me"].GetAsync(f => f.Id.Name);

        CapturedLogs.LogEntry[] events = _logs.FromCategory(Category).ToArray();
        CapturedLogs.LogEntry throttled = Assert.Single(events, e => e.EventId.Id == 3);
        Assert.Equal("GraphThrottled", throttled.EventId.Name);
        Assert.Equal(LogLevel.Warning, throttled.Level);
        Assert.Equal("GET", throttled["HttpMethod"]);
        Assert.Equal("/v25.0/me", throttled["Path"]);
        Assert.Equal(80003, throttled["ErrorCode"]);
        Assert.Equal("AbCdEfGh123", throttled["FbTraceId"]);
        Assert.Equal(2, throttled["NextAttempt"]);

        CapturedLogs.LogEntry usage = Assert.Single(events, e => e.EventId.Id == 6);
        Assert.Equal(100.0, usage["BusinessUseCaseUsagePercent"]);

        CapturedLogs.LogEntry succeeded = Assert.Single(events, e => e.EventId.Id == 1);
        Assert.Equal(LogLevel.Debug, succeeded.Level);
        Assert.Equal(2, succeeded["Attempt"]);
        Assert.Equal(200, succeeded["StatusCode"]);
    }

    [Fact]
    public async Task A_failed_call_logs_its_graph_error_and_fbtrace_id_once()
    {
        _fake.Inject("GET", "/v25.0/me", FakeFault.Error(code: 100, subcode: 33), times: 1);

        await Assert.ThrowsAsync<GraphApiException>(() => _host.Services.GetRequiredService<GraphApi>().Users["me"].GetAsync(f => f.Id));

        CapturedLogs.LogEntry failed = Assert.Single(_logs.FromCategory(Category), e => e.EventId.Id == 4);
        Assert.Equal("GraphCallFailed", failed.EventId.Name);
        Assert.Equal(1, failed["Attempts"]);
        Assert.Equal(400, failed["StatusCode"]);
        Assert.Equal(100, failed["ErrorCode"]);
        Assert.Equal(33, failed["ErrorSubcode"]);
        Assert.Equal("AbCdEfGh123", failed["FbTraceId"]);
    }

    [Fact]
    public async Task No_log_event_of_any_category_holds_the_token_the_app_secret_or_the_proof()
    {
        _fake.Inject("GET", "/v25.0/me", FakeFault.Throttle(code: 4), times: 1);
        _fake.Inject("GET", "/v25.0/me/albums", FakeFault.Error(code: 190, statusCode: 401), times: 1);
        GraphApi graph = _host.Services.GetRequiredService<GraphApi>();

        await graph.Users["me"].GetAsync(f => f.Id.Name);
        await Assert.ThrowsAsync<GraphApiException>(() => graph.Users["me"].Albums.GetPageAsync());

        string proof = AppSecretProof.Compute(TestHost.AppSecret, TestHost.AccessToken);
        Assert.NotEmpty(_logs.Entries);
        Assert.All(_logs.Entries, entry =>
        {
            Assert.DoesNotContain(TestHost.AccessToken, entry.AllText);
            Assert.DoesNotContain(TestHost.AppSecret, entry.AllText);
            Assert.DoesNotContain(proof, entry.AllText);
            Assert.DoesNotContain("appsecret_proof", entry.AllText);
        });
    }
}
