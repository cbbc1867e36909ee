using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using GraphGen.Extensions.DependencyInjection;
using GraphGen.Facebook;
using GraphGen.Runtime;
using GraphGen.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphGen.WebSample;

/// <summary>
/// The web sample as one object, callable from tests: the fake Graph server (unless <c>Sample:UseFakeGraph</c> is
/// false) and the web application that calls it. Disposing stops both.
/// </summary>
public sealed class WebSampleApp : IAsyncDisposable
{
    private WebSampleApp(WebApplication app, FakeGraph? fake)
    {
        App = app;
        Fake = fake;
    }

    /// <summary>The web application (not yet started).</summary>
    public WebApplication App { get; }

    /// <summary>The fake Graph server the app calls, or <c>null</c> in live mode.</summary>
    public FakeGraph? Fake { get; }

    /// <summary>Builds the app; starts the fake Graph server first unless configuration turns it off.</summary>
    /// <param name="args">Command-line arguments (configuration overrides such as <c>--urls</c>).</param>
    /// <param name="configure">Extra set-up before the app is built (tests add log and span capture here).</param>
    /// <returns>The sample.</returns>
    public static async Task<WebSampleApp> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        FakeGraph? fake = null;
        if (builder.Configuration.GetValue("Sample:UseFakeGraph", defaultValue: true))
        {
            fake = await FakeGraph.StartAsync(GraphApi.Schema);
            // The first albums call is throttled (80004, ads management) so the logs, spans and gauges show a retry.
            fake.Inject("GET", "/v25.0/me/albums", FakeFault.Throttle(code: 80004, businessId: "1234567890"), times: 1);
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["GraphApi:BaseAddress"] = fake.BaseAddress.ToString(),
                ["GraphApi:AccessToken"] = "EAAB-web-sample-token-for-the-fake",
                ["GraphApi:AppSecret"] = "web-sample-app-secret",
            });
        }

        // The two lines an app needs: the generated client over IHttpClientFactory, its options from "GraphApi".
        builder.Services.AddGraphApi(client => new GraphApi(client), GraphApi.CreateOptions)
            .BindConfiguration("GraphApi");

        // GraphGen publishes through System.Diagnostics; OpenTelemetry subscribes by name. The ASP.NET Core
        // instrumentation makes the incoming request the recorded parent of GraphGen's spans (without it, the
        // default parent-based sampler drops them under ASP.NET Core's unrecorded request activity).
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("GraphGen.WebSample"))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource(GraphTelemetry.ActivitySourceName).AddConsoleExporter())
            .WithMetrics(metrics => metrics.AddMeter(GraphTelemetry.MeterName).AddConsoleExporter((_, reader) =>
                reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = 10_000));

        configure?.Invoke(builder);
        WebApplication app = builder.Build();
        GraphEndpoints.Map(app);
        return new WebSampleApp(app, fake);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (Fake is not null) await Fake.DisposeAsync();
    }
}
