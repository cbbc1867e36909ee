using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using GraphGen.Runtime;
using GraphGen.WebSample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Trace;

namespace GraphGen.Sample.Tests;

public sealed class WebSampleRunTests
{
    [Fact]
    public async Task Web_sample_serves_the_fake_graph_and_its_calls_reach_the_logs_and_the_opentelemetry_pipeline()
    {
        var logs = new LogCapture();
        var exported = new List<Activity>();
        await using WebSampleApp sample = await WebSampleApp.CreateAsync(new[] { "--urls", "http://127.0.0.1:0" }, builder =>
        {
            builder.Logging.AddProvider(logs);
            builder.Services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(exported));
        });
        await sample.App.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(sample.App.Urls.Single()) };

        MeResponse? me = await http.GetFromJsonAsync<MeResponse>("/me");
        string[]? albums = await http.GetFromJsonAsync<string[]>("/albums?take=3");
        await sample.App.StopAsync();

        Assert.Equal("Ada Lovelace", me?.Name);
        Assert.Equal("ada.lovelace@example.com", me?.Email);
        Assert.Equal(3, albums?.Length);

        // The sample's fake throttles the first albums call: the retry shows in the logs and in the exported trace.
        Assert.Contains(logs.Events, e => e.Category == "GraphGen.Runtime.GraphClient" && e.EventId.Id == 3 && e.Message.Contains("/v25.0/me/albums"));
        // (ActivitySource is process-wide: other tests' clients may add spans, so start from this app's requests.)
        var sampleRequests = exported.Where(a => a.Kind == ActivityKind.Server && a.GetTagItem("url.path") is "/me" or "/albums").Select(a => a.SpanId).ToHashSet();
        Activity[] graphCalls = exported.Where(a => a.Source.Name == GraphTelemetry.ActivitySourceName && sampleRequests.Contains(a.ParentSpanId)).ToArray();
        Assert.Equal(new[] { "Graph GET", "Graph GET" }, graphCalls.Select(c => c.DisplayName));
        Assert.Equal(new object?[] { 1, 2 }, graphCalls.Select(c => c.GetTagItem("graph.attempts")).Order());
        Assert.DoesNotContain(logs.Events, e => e.Message.Contains("EAAB-web-sample-token-for-the-fake") || e.Message.Contains("web-sample-app-secret"));
    }
}
