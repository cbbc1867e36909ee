using System;

namespace GraphGen.Runtime;

/// <summary>
/// When and how long to retry. Only idempotent requests are retried (GET by default, or
/// <see cref="GraphRequest.IsIdempotent"/> / <see cref="GraphCallOptions.IsIdempotent"/>), and only for rate limits,
/// transient errors, gateway error pages and transport failures.
/// </summary>
public sealed class GraphRetryOptions
{
    /// <summary>Attempts in total, including the first (1 disables retries). Default 4.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>First backoff delay; doubles per retry, with jitter. Default 1 second.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the exponential backoff (not of waits Graph asks for). Default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Total time a call may spend across attempts and waits. A wait Graph asks for (usage headers'
    /// <c>estimated_time_to_regain_access</c>, <c>Retry-After</c>) that would exceed it ends the call at once with the
    /// error, so callers see the required wait in <see cref="GraphApiException.Usage"/>. Default 5 minutes.
    /// </summary>
    public TimeSpan TotalBudget { get; set; } = TimeSpan.FromMinutes(5);

    internal GraphRetryOptions Clone() => new()
    {
        MaxAttempts = MaxAttempts, BaseDelay = BaseDelay, MaxDelay = MaxDelay, TotalBudget = TotalBudget,
    };

    internal void Validate()
    {
        if (MaxAttempts < 1) throw new ArgumentException("Retry.MaxAttempts must be at least 1.", "options");
        if (BaseDelay < TimeSpan.Zero || MaxDelay < BaseDelay) throw new ArgumentException("Retry delays must satisfy 0 <= BaseDelay <= MaxDelay.", "options");
        if (TotalBudget <= TimeSpan.Zero) throw new ArgumentException("Retry.TotalBudget must be positive.", "options");
    }
}
