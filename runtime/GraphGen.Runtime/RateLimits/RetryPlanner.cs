using System;

namespace GraphGen.Runtime;

/// <summary>Decides whether a failed attempt is retried and after how long.</summary>
internal sealed class RetryPlanner
{
    /// <summary>A retry is only worth starting with at least this much of the budget left for its attempt.</summary>
    public static readonly TimeSpan ShortestRetry = TimeSpan.FromSeconds(1);

    private readonly GraphRetryOptions _options;

    // A private copy: the policy of a client cannot change while calls are running.
    public RetryPlanner(GraphRetryOptions options) => _options = options.Clone();

    /// <summary>The delay before the next attempt, or <c>null</c> to give up.</summary>
    /// <param name="error">The failure.</param>
    /// <param name="idempotent">Whether the request may be sent again.</param>
    /// <param name="attempt">The 1-based number of the attempt that failed.</param>
    /// <param name="elapsed">Time spent on this call so far.</param>
    /// <param name="usage">The usage headers of the failed response.</param>
    /// <param name="jitter">A value in [0, 1) for the backoff jitter.</param>
    public TimeSpan? NextDelay(GraphException error, bool idempotent, int attempt, TimeSpan elapsed, GraphUsage? usage, double jitter)
    {
        if (!idempotent || !error.IsRetriable || attempt >= _options.MaxAttempts) return null;

        // Waits Graph asks for are honoured exactly, or not at all when longer than the caller will sit out; only our
        // own backoff is randomised.
        TimeSpan? asked = usage?.WaitBeforeRetry;
        if (asked > _options.MaxServerWait) return null;
        TimeSpan delay = asked ?? Backoff(attempt, jitter);
        return elapsed + delay + ShortestRetry > _options.TotalBudget ? null : delay;
    }

    // "Equal jitter": half the exponential step fixed, half random, so retries of many clients spread out.
    private TimeSpan Backoff(int attempt, double jitter)
    {
        double step = Math.Min(_options.MaxDelay.TotalMilliseconds, _options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(step / 2 + step / 2 * jitter);
    }
}
