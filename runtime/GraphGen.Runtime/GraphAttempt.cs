using System;
using System.Net;

namespace GraphGen.Runtime;

/// <summary>
/// One HTTP exchange the client made, reported to <see cref="GraphClientOptions.OnAttempt"/> after it ends: use it for
/// logging and metrics. Contains no credentials (the URL is redacted).
/// </summary>
public sealed class GraphAttempt
{
    /// <summary>The HTTP method.</summary>
    public required string Method { get; init; }

    /// <summary>The URL with <c>access_token</c>, <c>appsecret_proof</c> and known secrets redacted.</summary>
    public required string Url { get; init; }

    /// <summary>1 for the first attempt of a call, 2 for its first retry, and so on.</summary>
    public required int AttemptNumber { get; init; }

    /// <summary>The response status, or <c>null</c> when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>How long the exchange took, by the client's <see cref="TimeProvider"/>.</summary>
    public TimeSpan Duration { get; init; }

    /// <summary>The failure, or <c>null</c> when the attempt succeeded.</summary>
    public GraphException? Error { get; init; }

    /// <summary>The rate-limit usage reported by the response, if any.</summary>
    public GraphUsage? Usage { get; init; }

    /// <summary>The wait before the next attempt, or <c>null</c> when this was the last attempt of the call.</summary>
    public TimeSpan? RetryDelay { get; init; }

    /// <summary>A wait the client made <em>before</em> this attempt because usage was near the limit.</summary>
    public TimeSpan? SlowDownDelay { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Method} {Url} attempt {AttemptNumber}: {(StatusCode is { } s ? ((int)s).ToString(System.Globalization.CultureInfo.InvariantCulture) : "no response")} in {Duration.TotalMilliseconds:0}ms" +
        (Error is null ? string.Empty : $", {Error.GetType().Name}: {Error.Message}") +
        (RetryDelay is { } d ? $", retry in {d}" : string.Empty);
}
