using Microsoft.Extensions.Logging;

namespace GraphGen.Extensions.DependencyInjection;

/// <summary>
/// GraphGen's log events, source-generated (no boxing, no formatting when the level is off). The event ids are stable:
/// filter and alert on them. Paths carry no query, so no token, proof or other query secret can appear.
/// </summary>
internal static partial class GraphClientLog
{
    [LoggerMessage(EventId = 1, EventName = "GraphAttemptSucceeded", Level = LogLevel.Debug,
        Message = "Graph {HttpMethod} {Path} attempt {Attempt} returned {StatusCode} in {ElapsedMilliseconds} ms")]
    public static partial void AttemptSucceeded(ILogger logger, string httpMethod, string path, int attempt, int? statusCode, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, EventName = "GraphAttemptRetrying", Level = LogLevel.Warning,
        Message = "Graph {HttpMethod} {Path} attempt {Attempt} failed ({StatusCode}, Graph error {ErrorCode}/{ErrorSubcode}, fbtrace_id {FbTraceId}): {ErrorMessage}; retrying in {RetryDelayMilliseconds} ms")]
    public static partial void AttemptRetrying(ILogger logger, string httpMethod, string path, int attempt, int? statusCode, int? errorCode,
        int? errorSubcode, string? fbTraceId, string errorMessage, long retryDelayMilliseconds);

    [LoggerMessage(EventId = 3, EventName = "GraphThrottled", Level = LogLevel.Warning,
        Message = "Graph {HttpMethod} {Path} was throttled (Graph error {ErrorCode}/{ErrorSubcode}, fbtrace_id {FbTraceId}); waiting {RetryDelayMilliseconds} ms before attempt {NextAttempt}")]
    public static partial void Throttled(ILogger logger, string httpMethod, string path, int? errorCode, int? errorSubcode, string? fbTraceId,
        long retryDelayMilliseconds, int nextAttempt);

    [LoggerMessage(EventId = 4, EventName = "GraphCallFailed", Level = LogLevel.Warning,
        Message = "Graph {HttpMethod} {Path} failed after {Attempts} attempt(s) ({StatusCode}, Graph error {ErrorCode}/{ErrorSubcode}, fbtrace_id {FbTraceId}): {ErrorMessage}")]
    public static partial void CallFailed(ILogger logger, string httpMethod, string path, int attempts, int? statusCode, int? errorCode,
        int? errorSubcode, string? fbTraceId, string errorMessage);

    [LoggerMessage(EventId = 5, EventName = "GraphSlowedDown", Level = LogLevel.Information,
        Message = "Graph {HttpMethod} {Path} waited {SlowDownMilliseconds} ms before sending: the last reported usage was near the limit")]
    public static partial void SlowedDown(ILogger logger, string httpMethod, string path, long slowDownMilliseconds);

    [LoggerMessage(EventId = 6, EventName = "GraphUsageReported", Level = LogLevel.Debug,
        Message = "Graph usage after {HttpMethod} {Path}: app {AppUsagePercent}%, business use case {BusinessUseCaseUsagePercent}%, ad account {AdAccountUsagePercent}%, highest {MaxUsagePercent}%")]
    public static partial void UsageReported(ILogger logger, string httpMethod, string path, double? appUsagePercent, double? businessUseCaseUsagePercent,
        double? adAccountUsagePercent, double maxUsagePercent);
}
