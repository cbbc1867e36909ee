using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using GraphGen.Facebook;
using GraphGen.Runtime;
using GraphGen.Testing;

namespace GraphGen.Extensions.Tests;

/// <summary>What an OpenTelemetry SDK would receive, seen through the plain System.Diagnostics listeners it uses.</summary>
public sealed class TelemetryTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private ActivityListener _activityListener = null!;
    private MeterListener _meterListener = null!;
    private FakeGraph _fake = null!;
    private HttpClient _http = null!;
    private GraphApi _graph = null!;

    public async Task InitializeAsync()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphTelemetry.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_activityListener);

        _meterListener = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == GraphTelemetry.MeterName) listener.EnableMeasurementEvents(instrument);
            },
        };
        _meterListener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _meterListener.Start();

        _fake = await FakeGraph.StartAsync(GraphApi.Schema);
        _http = new HttpClient();
        GraphClientOptions options = GraphApi.CreateOptions();
        options.AccessToken = TestHost.AccessToken;
        options.AppSecret = TestHost.AppSecret;
        options.BaseAddress = _fake.BaseAddress;
        options.Retry = new GraphRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };
        _graph = new GraphApi(new GraphClient(_http, options));
    }

    public async Task DisposeAsync()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
        _http.Dispose();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task A_retried_call_is_one_call_span_over_one_client_span_per_attempt_with_http_and_graph_tags()
    {
        _fake.Inject("GET", "/v25.0/me", FakeFault.Throttle(code: 80003, businessId: "77001"), times: 1);

        await _graph.Users["me"].GetAsync(f => f.Id.Name);

        Activity call = Assert.Single(_spans, s => s.DisplayName == "Graph GET");
        Assert.Equal(ActivityKind.Internal, call.Kind);
        Activity[] attempts = _spans.Where(s => s.ParentSpanId == call.SpanId).OrderBy(s => s.StartTimeUtc).ToArray();
        Assert.Equal(2, attempts.Length);
        Assert.All(attempts, a => Assert.Equal(ActivityKind.Client, a.Kind));
        Assert.All(attempts, a => Assert.Equal("GET", a.DisplayName));

        Activity throttled = attempts[0];
        Assert.Equal("GET", throttled.GetTagItem("http.request.method"));
        Assert.Equal("127.0.0.1", throttled.GetTagItem("server.address"));
        Assert.Equal(_fake.BaseAddress.Port, throttled.GetTagItem("server.port"));
        Assert.Equal(400, throttled.GetTagItem("http.response.status_code"));
        Assert.Equal("400", throttled.GetTagItem("error.type"));
        Assert.Equal(80003, throttled.GetTagItem("graph.error.code"));
        Assert.Equal("AbCdEfGh123", throttled.GetTagItem("graph.fbtrace_id"));
        Assert.Equal("RateLimit", throttled.GetTagItem("graph.error.category"));
        Assert.Equal(ActivityStatusCode.Error, throttled.Status);

        Activity retry = attempts[1];
        Assert.Equal(1, retry.GetTagItem("http.request.resend_count"));
        Assert.Equal(200, retry.GetTagItem("http.response.status_code"));
        Assert.Equal(ActivityStatusCode.Unset, retry.Status);

        Assert.Equal(200, call.GetTagItem("http.response.status_code"));
        Assert.Equal(2, call.GetTagItem("graph.attempts"));
        Assert.All(_spans, span => Assert.All(span.TagObjects, tag => Assert.DoesNotContain(TestHost.AccessToken, tag.Value?.ToString() ?? string.Empty)));
        string url = (string)throttled.GetTagItem("url.full")!;
        Assert.StartsWith(_fake.BaseAddress + "v25.0/me?", url);
        Assert.DoesNotContain(AppSecretProof.Compute(TestHost.AppSecret, TestHost.AccessToken), url);
    }

    [Fact]
    public async Task A_failed_call_span_carries_the_graph_error_code_subcode_and_fbtrace_id()
    {
        _fake.Inject("GET", "/v25.0/me", FakeFault.Error(code: 100, subcode: 33), times: 1);

        await Assert.ThrowsAsync<GraphApiException>(() => _graph.Users["me"].GetAsync(f => f.Id));

        Activity call = Assert.Single(_spans, s => s.DisplayName == "Graph GET");
        Assert.Equal(ActivityStatusCode.Error, call.Status);
        Assert.Equal(100, call.GetTagItem("graph.error.code"));
        Assert.Equal(33, call.GetTagItem("graph.error.subcode"));
        Assert.Equal("AbCdEfGh123", call.GetTagItem("graph.fbtrace_id"));
        Assert.Equal(1, call.GetTagItem("graph.attempts"));
    }

    [Fact]
    public async Task Metrics_count_requests_retries_and_throttles_time_each_attempt_and_gauge_the_last_usage()
    {
        _fake.Inject("GET", "/v25.0/me", FakeFault.Throttle(code: 80003, businessId: "77001"), times: 1);

        await _graph.Users["me"].GetAsync(f => f.Id.Name);
        _meterListener.RecordObservableInstruments();

        var requests = Measured("graph.client.requests");
        Assert.Equal(2, requests.Length);
        Assert.Equal(new object?[] { 400, 200 }, requests.Select(m => m.Tags["http.response.status_code"]).ToArray());
        Assert.All(requests, m => Assert.Equal("GET", m.Tags["http.request.method"]));
        Assert.Equal(80003, requests[0].Tags["graph.error.code"]);
        Assert.Equal(2, Measured("graph.client.request.duration").Length);
        Assert.All(Measured("graph.client.request.duration"), m => Assert.True(m.Value >= 0));
        Assert.Equal(1, Assert.Single(Measured("graph.client.retries")).Value);
        Assert.Equal(80003, Assert.Single(Measured("graph.client.throttles")).Tags["graph.error.code"]);

        var businessUsage = Measured("graph.client.usage.business_use_case").Where(m => Equals(m.Tags["graph.business_id"], "77001")).ToArray();
        Assert.Equal(100, businessUsage.Single(m => Equals(m.Tags["graph.usage.metric"], "call_count")).Value);
        Assert.Equal(38, businessUsage.Single(m => Equals(m.Tags["graph.usage.metric"], "total_cputime")).Value);
        Assert.Equal("custom_audience", businessUsage[0].Tags["graph.business_use_case.type"]);
    }

    [Fact]
    public async Task App_and_ad_account_usage_gauges_report_the_last_headers_seen()
    {
        _fake.Inject("GET", "/v25.0/me", FakeFault.Throttle(code: 4), times: 1);
        _fake.On("GET", "/v25.0/act_5550001").Respond(
            FakeResponse.Json("""{"id":"act_5550001"}""").WithHeader("X-Ad-Account-Usage", """{"acc_id_util_pct":42.5}"""));

        await _graph.Users["me"].GetAsync(f => f.Id);
        await _graph.AdAccounts["act_5550001"].GetAsync(f => f.Id);
        _meterListener.RecordObservableInstruments();

        var app = Measured("graph.client.usage.app").ToDictionary(m => (string)m.Tags["graph.usage.metric"]!, m => m.Value);
        Assert.Equal(100, app["call_count"]);
        Assert.Equal(12, app["total_cputime"]);
        var adAccount = Assert.Single(Measured("graph.client.usage.ad_account"), m => Equals(m.Tags.GetValueOrDefault("graph.ad_account_id"), "act_5550001"));
        Assert.Equal(42.5, adAccount.Value);
    }

    private (string Instrument, double Value, Dictionary<string, object?> Tags)[] Measured(string instrument) =>
        _measurements.Where(m => m.Instrument == instrument).ToArray();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (KeyValuePair<string, object?> tag in tags) copy[tag.Key] = tag.Value;
        _measurements.Enqueue((instrument.Name, value, copy));
    }
}
