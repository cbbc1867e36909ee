using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace GraphGen.Runtime;

/// <summary>
/// The last rate-limit usage Graph reported, as observable gauges in percent: <c>graph.client.usage.app</c> (from
/// <c>X-App-Usage</c>), <c>graph.client.usage.business_use_case</c> (from <c>X-Business-Use-Case-Usage</c>, per business
/// and use-case type) and <c>graph.client.usage.ad_account</c> (from <c>X-Ad-Account-Usage</c>, per ad account when the
/// request path names one). A dashboard then shows how close an app is to being throttled.
/// </summary>
/// <remarks>
/// A <see cref="Meter"/> is process-wide, so is what its gauges report: the latest figures from any client of the
/// process. That is the one piece of shared mutable state in the runtime; it is bounded (<see cref="MaxSeries"/>).
/// </remarks>
internal sealed class GraphUsageGauges
{
    // An agency may touch thousands of businesses; past this many series new keys are dropped, not the process's memory.
    private const int MaxSeries = 1000;

    private static readonly (string Metric, Func<GraphCallUsage, double> Value)[] CallMetrics =
    {
        ("call_count", u => u.CallCount), ("total_cputime", u => u.TotalCpuTime), ("total_time", u => u.TotalTime),
    };

    private readonly ConcurrentDictionary<(string BusinessId, string Type), GraphBusinessUseCaseUsage> _businessUseCases = new();
    private readonly ConcurrentDictionary<string, GraphAdAccountUsage> _adAccounts = new(StringComparer.Ordinal);
    private readonly ObservableGauge<double> _app;
    private readonly ObservableGauge<double> _businessUseCase;
    private readonly ObservableGauge<double> _adAccount;
    private volatile GraphCallUsage? _latestApp;

    public GraphUsageGauges(Meter meter)
    {
        _app = meter.CreateObservableGauge("graph.client.usage.app", ObserveApp, "%",
            "Last reported app usage (X-App-Usage), per graph.usage.metric; Graph throttles at 100.");
        _businessUseCase = meter.CreateObservableGauge("graph.client.usage.business_use_case", ObserveBusinessUseCases, "%",
            "Last reported business use case usage (X-Business-Use-Case-Usage), per business, type and metric.");
        _adAccount = meter.CreateObservableGauge("graph.client.usage.ad_account", ObserveAdAccounts, "%",
            "Last reported ad account utilization (X-Ad-Account-Usage).");
    }

    public bool Enabled => _app.Enabled || _businessUseCase.Enabled || _adAccount.Enabled;

    public void Update(GraphUsage usage, PreparedRequest request)
    {
        if (usage.App is { } app) _latestApp = app;
        foreach (GraphBusinessUseCaseUsage buc in usage.BusinessUseCases)
        {
            Store(_businessUseCases, (buc.BusinessId, buc.Type ?? string.Empty), buc);
        }

        if (usage.AdAccount is { } adAccount) Store(_adAccounts, AdAccountIdOf(request) ?? string.Empty, adAccount);
    }

    private static void Store<TKey, TValue>(ConcurrentDictionary<TKey, TValue> series, TKey key, TValue value)
        where TKey : notnull
    {
        if (series.Count < MaxSeries || series.ContainsKey(key)) series[key] = value;
    }

    // X-Ad-Account-Usage does not name the account; the request path does (/v25.0/act_123/...).
    private static string? AdAccountIdOf(PreparedRequest request)
    {
        foreach (string segment in request.Target.Segments)
        {
            if (segment.StartsWith("act_", StringComparison.Ordinal)) return segment.TrimEnd('/');
        }

        return null;
    }

    private IEnumerable<Measurement<double>> ObserveApp()
    {
        if (_latestApp is not { } app) yield break;
        foreach ((string metric, Func<GraphCallUsage, double> value) in CallMetrics)
        {
            yield return new Measurement<double>(value(app), new KeyValuePair<string, object?>(GraphTelemetryTags.GraphUsageMetric, metric));
        }
    }

    private IEnumerable<Measurement<double>> ObserveBusinessUseCases()
    {
        foreach (KeyValuePair<(string BusinessId, string Type), GraphBusinessUseCaseUsage> entry in _businessUseCases)
        {
            var usage = new GraphCallUsage(entry.Value.CallCount, entry.Value.TotalCpuTime, entry.Value.TotalTime);
            foreach ((string metric, Func<GraphCallUsage, double> value) in CallMetrics)
            {
                yield return new Measurement<double>(value(usage),
                    new KeyValuePair<string, object?>(GraphTelemetryTags.GraphBusinessId, entry.Key.BusinessId),
                    new KeyValuePair<string, object?>(GraphTelemetryTags.GraphBusinessUseCaseType, entry.Key.Type),
                    new KeyValuePair<string, object?>(GraphTelemetryTags.GraphUsageMetric, metric));
            }
        }
    }

    private IEnumerable<Measurement<double>> ObserveAdAccounts()
    {
        foreach (KeyValuePair<string, GraphAdAccountUsage> entry in _adAccounts)
        {
            yield return entry.Key.Length == 0
                ? new Measurement<double>(entry.Value.UtilizationPercent)
                : new Measurement<double>(entry.Value.UtilizationPercent, new KeyValuePair<string, object?>(GraphTelemetryTags.GraphAdAccountId, entry.Key));
        }
    }
}
