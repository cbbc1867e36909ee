using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;

namespace GraphGen.Runtime;

/// <summary>
/// Publishes what <see cref="GraphTransport"/> does as <c>System.Diagnostics</c> spans and metrics (see
/// <see cref="GraphTelemetry"/>). The transport calls it at three points: a call starts, an attempt starts, an attempt
/// ended. With no listener attached every method returns at the first check.
/// </summary>
internal static class GraphClientDiagnostics
{
    private static readonly string Version = typeof(GraphClientDiagnostics).Assembly.GetName().Version?.ToString() ?? "0.0.0";
    private static readonly ActivitySource Source = new(GraphTelemetry.ActivitySourceName, Version);
    private static readonly Meter Meter = new(GraphTelemetry.MeterName, Version);

    private static readonly Counter<long> Requests = Meter.CreateCounter<long>(
        "graph.client.requests", "{request}", "HTTP exchanges with the Graph API, one per attempt.");

#if NET9_0_OR_GREATER
    // OpenTelemetry's buckets for http.client.request.duration; its SDK default is meant for milliseconds.
    private static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "graph.client.request.duration", "s", "Duration of one HTTP exchange with the Graph API, body included.", tags: null,
        new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10] });
#else
    private static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "graph.client.request.duration", "s", "Duration of one HTTP exchange with the Graph API, body included.");
#endif

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "graph.client.retries", "{retry}", "Attempts that failed and were retried.");

    private static readonly Counter<long> Throttles = Meter.CreateCounter<long>(
        "graph.client.throttles", "{response}", "Responses whose Graph error is a rate limit (GraphErrorCategory.RateLimit).");

    private static readonly GraphUsageGauges Usage = new(Meter);

    /// <summary>Whether an attempt record is worth building for telemetry: a span is recorded or an instrument is listened to.</summary>
    public static bool IsObserved(Activity? attemptActivity) =>
        attemptActivity is not null || Requests.Enabled || RequestDuration.Enabled || Retries.Enabled || Throttles.Enabled || Usage.Enabled;

    /// <summary>Starts the span of one logical call (all its attempts); <c>null</c> when nobody listens.</summary>
    public static Activity? StartCall(PreparedRequest request)
    {
        if (!Source.HasListeners()) return null;
        Activity? activity = Source.StartActivity("Graph " + request.Method.Method, ActivityKind.Internal);
        if (activity is { IsAllDataRequested: true }) SetRequestTags(activity, request);
        return activity;
    }

    /// <summary>Starts the client span of one HTTP attempt, below the call's span.</summary>
    public static Activity? StartAttempt(PreparedRequest request, int attempt)
    {
        if (!Source.HasListeners()) return null;
        Activity? activity = Source.StartActivity(request.Method.Method, ActivityKind.Client);
        if (activity is { IsAllDataRequested: true })
        {
            SetRequestTags(activity, request);
            if (attempt > 1) activity.SetTag(GraphTelemetryTags.HttpResendCount, attempt - 1);
        }

        return activity;
    }

    /// <summary>Records an ended attempt: metrics, the attempt span's outcome, and the call span's outcome when it was the last.</summary>
    public static void AttemptEnded(Activity? attemptActivity, PreparedRequest request, GraphAttempt attempt)
    {
        RecordMetrics(request, attempt);
        if (attemptActivity is null) return;

        bool last = attempt.RetryDelay is null;
        Activity? callActivity = attemptActivity.Parent is { Source.Name: GraphTelemetry.ActivitySourceName } parent ? parent : null;
        if (attemptActivity.IsAllDataRequested) SetOutcomeTags(attemptActivity, attempt);
        if (last && callActivity is { IsAllDataRequested: true })
        {
            SetOutcomeTags(callActivity, attempt);
            callActivity.SetTag(GraphTelemetryTags.GraphAttempts, attempt.AttemptNumber);
        }

        attemptActivity.Dispose();
    }

    private static void RecordMetrics(PreparedRequest request, GraphAttempt attempt)
    {
        if (attempt.Usage is { } usage) Usage.Update(usage, request);

        var tags = new TagList
        {
            { GraphTelemetryTags.HttpRequestMethod, attempt.Method },
            { GraphTelemetryTags.ServerAddress, request.Target.Host },
        };
        if (attempt.StatusCode is { } status) tags.Add(GraphTelemetryTags.HttpResponseStatusCode, (int)status);
        if (ErrorType(attempt) is { } errorType) tags.Add(GraphTelemetryTags.ErrorType, errorType);
        if (attempt.Error is GraphApiException api)
        {
            tags.Add(GraphTelemetryTags.GraphErrorCode, api.Code);
            tags.Add(GraphTelemetryTags.GraphErrorCategory, api.Category.ToString());
        }

        Requests.Add(1, tags);
        RequestDuration.Record(attempt.Duration.TotalSeconds, tags);
        if (attempt.RetryDelay is not null) Retries.Add(1, tags);
        if (attempt.Error is GraphApiException { Category: GraphErrorCategory.RateLimit }) Throttles.Add(1, tags);
    }

    private static void SetRequestTags(Activity activity, PreparedRequest request)
    {
        Uri target = request.Target;
        activity.SetTag(GraphTelemetryTags.HttpRequestMethod, request.Method.Method);
        activity.SetTag(GraphTelemetryTags.UrlFull, request.DisplayUrl);
        activity.SetTag(GraphTelemetryTags.ServerAddress, target.Host);
        activity.SetTag(GraphTelemetryTags.ServerPort, target.Port);
    }

    private static void SetOutcomeTags(Activity activity, GraphAttempt attempt)
    {
        if (attempt.StatusCode is { } status) activity.SetTag(GraphTelemetryTags.HttpResponseStatusCode, (int)status);
        if (attempt.Error is null) return;

        activity.SetTag(GraphTelemetryTags.ErrorType, ErrorType(attempt));
        if (attempt.Error is GraphApiException api)
        {
            activity.SetTag(GraphTelemetryTags.GraphErrorCode, api.Code);
            if (api.Subcode is { } subcode) activity.SetTag(GraphTelemetryTags.GraphErrorSubcode, subcode);
            if (api.FbTraceId is { } trace) activity.SetTag(GraphTelemetryTags.GraphFbTraceId, trace);
            activity.SetTag(GraphTelemetryTags.GraphErrorCategory, api.Category.ToString());
        }

        // GraphException messages never hold credentials (they are built from redacted URLs and bodies).
        activity.SetStatus(ActivityStatusCode.Error, attempt.Error.Message);
    }

    // OpenTelemetry's error.type: the status code when there is one, else the exception type.
    private static string? ErrorType(GraphAttempt attempt) => attempt.Error switch
    {
        null => null,
        GraphTransportException { IsTimeout: true } => "timeout",
        _ when attempt.StatusCode is { } status => ((int)status).ToString(CultureInfo.InvariantCulture),
        { } error => error.GetType().FullName,
    };
}
