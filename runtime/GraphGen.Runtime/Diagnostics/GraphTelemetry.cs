namespace GraphGen.Runtime;

/// <summary>
/// The names under which <see cref="GraphClient"/> publishes traces and metrics through <c>System.Diagnostics</c>, so
/// OpenTelemetry (or any <c>ActivityListener</c>/<c>MeterListener</c>) can subscribe without a dependency in this
/// library: <c>tracing.AddSource(GraphTelemetry.ActivitySourceName)</c>, <c>metrics.AddMeter(GraphTelemetry.MeterName)</c>.
/// </summary>
/// <remarks>
/// Spans: one <c>Graph {METHOD}</c> span (internal) per call, with one <c>{METHOD}</c> client span per HTTP attempt
/// below it. Both carry the OpenTelemetry HTTP attributes (<c>http.request.method</c>, <c>url.full</c> with credentials
/// redacted, <c>server.address</c>, <c>http.response.status_code</c>, <c>error.type</c>) plus <c>graph.error.code</c>,
/// <c>graph.error.subcode</c> and <c>graph.fbtrace_id</c>. Instruments: <c>graph.client.requests</c>,
/// <c>graph.client.request.duration</c>, <c>graph.client.retries</c>, <c>graph.client.throttles</c>, and the gauges
/// <c>graph.client.usage.app</c>, <c>graph.client.usage.business_use_case</c>, <c>graph.client.usage.ad_account</c>
/// (the last usage percentages Graph reported).
/// </remarks>
public static class GraphTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name.</summary>
    public const string ActivitySourceName = "GraphGen";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "GraphGen";
}
