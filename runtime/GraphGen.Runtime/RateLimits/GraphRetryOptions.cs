using System;

namespace GraphGen.Runtime;

/// <summary>
/// When and how long to retry. Only idempotent requests are retried (GET by default, or
/// <see cref="GraphRequest.IsIdempotent"/> / <see cref="GraphCallOptions.IsIdempotent"/>), and only for rate limits,
/// transient errors, gateway error pages and transport failures.
/// </summary>
/// <remarks>
/// The defaults suit code that serves a user's request: a call ends within <see cref="TotalBudget"/> (30 s) whatever
/// happens, and a throttled call whose required wait is longer than <see cref="MaxServerWait"/> (10 s) fails at once
/// with a <see cref="GraphApiException"/> whose <see cref="GraphApiException.Usage"/> says how long to wait. Background
/// jobs that would rather sit out Graph's throttling raise both (e.g. one hour).
/// </remarks>
public sealed class GraphRetryOptions
{
    /// <summary>Attempts in total, including the first (1 disables retries). Default 3.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>First backoff delay; doubles per retry, with jitter. Default 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Cap of the exponential backoff, and the longest wait <see cref="GraphClientOptions.SlowDownNearLimit"/> adds
    /// before a call at 100% usage. Default 5 seconds.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest wait Graph may ask for (<c>Retry-After</c>, <c>estimated_time_to_regain_access</c>,
    /// <c>reset_time_duration</c>) that a call sits out before retrying. A longer one ends the call at once with the
    /// error. Default 10 seconds (Graph's throttling waits are given in minutes, so by default they are not sat out).
    /// </summary>
    public TimeSpan MaxServerWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Total time a call may take: attempts, waits and slow-down together. A retry starts only when at least a second of
    /// it is left after the wait, and every attempt's timeout is cut to what is left of it. Default 30 seconds.
    /// </summary>
    public TimeSpan TotalBudget { get; set; } = TimeSpan.FromSeconds(30);

    internal GraphRetryOptions Clone() => new()
    {
        MaxAttempts = MaxAttempts, BaseDelay = BaseDelay, MaxDelay = MaxDelay, MaxServerWait = MaxServerWait, TotalBudget = TotalBudget,
    };

    internal void Validate()
    {
        if (MaxAttempts < 1) throw new ArgumentException("Retry.MaxAttempts must be at least 1.", "options");
        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay) throw new ArgumentException("Retry delays must satisfy 0 <= BaseDelay <= MaxDelay.", "options");
        if (MaxServerWait < TimeSpan.Zero) throw new ArgumentException("Retry.MaxServerWait must not be negative.", "options");
        if (TotalBudget <= TimeSpan.Zero) throw new ArgumentException("Retry.TotalBudget must be positive.", "options");
    }
}
