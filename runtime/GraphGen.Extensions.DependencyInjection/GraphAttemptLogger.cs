using System;
using System.Linq;
using GraphGen.Runtime;
using Microsoft.Extensions.Logging;

namespace GraphGen.Extensions.DependencyInjection;

/// <summary>
/// Writes each <see cref="GraphAttempt"/> as <see cref="ILogger"/> events (ids 1–6, see the README): attempts at Debug,
/// retries and throttling waits at Warning, a failed call at Warning, slow-downs at Information, usage at Debug.
/// <c>AddGraphApi</c> attaches one to every registration; without dependency injection, set
/// <c>options.OnAttempt = new GraphAttemptLogger(logger).Log</c>.
/// </summary>
public sealed class GraphAttemptLogger
{
    private readonly ILogger _logger;

    /// <summary>Creates a logger of attempts.</summary>
    /// <param name="logger">Where the events go (<c>AddGraphApi</c> uses the category <c>GraphGen.Runtime.GraphClient</c>).</param>
    public GraphAttemptLogger(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        _logger = logger;
    }

    /// <summary>Logs one attempt; pass as <see cref="GraphClientOptions.OnAttempt"/>.</summary>
    /// <param name="attempt">The attempt the client reports.</param>
    public void Log(GraphAttempt attempt)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        if (!_logger.IsEnabled(LogLevel.Debug) && attempt.Error is null && attempt.SlowDownDelay is null) return;

        string path = PathOf(attempt.Url);
        int? status = attempt.StatusCode is { } code ? (int)code : null;
        if (attempt.SlowDownDelay is { } slowDown) GraphClientLog.SlowedDown(_logger, attempt.Method, path, Milliseconds(slowDown));
        if (attempt.Usage is { } usage && _logger.IsEnabled(LogLevel.Debug))
        {
            double? businessUseCase = usage.BusinessUseCases.Count == 0 ? null : usage.BusinessUseCases.Max(b => b.MaxPercent);
            GraphClientLog.UsageReported(_logger, attempt.Method, path, usage.App?.MaxPercent, businessUseCase, usage.AdAccount?.UtilizationPercent, usage.MaxPercent);
        }

        if (attempt.Error is not { } error)
        {
            GraphClientLog.AttemptSucceeded(_logger, attempt.Method, path, attempt.AttemptNumber, status, Milliseconds(attempt.Duration));
            return;
        }

        var api = error as GraphApiException;
        if (attempt.RetryDelay is not { } delay)
        {
            GraphClientLog.CallFailed(_logger, attempt.Method, path, attempt.AttemptNumber, status, api?.Code, api?.Subcode, api?.FbTraceId, error.Message);
        }
        else if (api is { Category: GraphErrorCategory.RateLimit })
        {
            GraphClientLog.Throttled(_logger, attempt.Method, path, api.Code, api.Subcode, api.FbTraceId, Milliseconds(delay), attempt.AttemptNumber + 1);
        }
        else
        {
            GraphClientLog.AttemptRetrying(_logger, attempt.Method, path, attempt.AttemptNumber, status, api?.Code, api?.Subcode, api?.FbTraceId,
                error.Message, Milliseconds(delay));
        }
    }

    // The path only: the query holds the field list and, redacted or not, nothing a log needs.
    private static string PathOf(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) ? uri.AbsolutePath : url.Split('?', 2)[0];

    private static long Milliseconds(TimeSpan span) => (long)span.TotalMilliseconds;
}
