using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http.Headers;

namespace GraphGen.Runtime;

/// <summary>
/// The rate-limit state Graph reports in response headers (developers.facebook.com/docs/graph-api/overview/rate-limiting):
/// <c>X-App-Usage</c>, <c>X-Page-Usage</c>, <c>X-Ad-Account-Usage</c>, <c>X-Business-Use-Case-Usage</c>, plus the
/// standard <c>Retry-After</c>.
/// </summary>
public sealed class GraphUsage
{
    /// <summary><c>X-App-Usage</c>.</summary>
    public GraphCallUsage? App { get; init; }

    /// <summary><c>X-Page-Usage</c>.</summary>
    public GraphCallUsage? Page { get; init; }

    /// <summary><c>X-Ad-Account-Usage</c>.</summary>
    public GraphAdAccountUsage? AdAccount { get; init; }

    /// <summary><c>X-Business-Use-Case-Usage</c>, one entry per business id and use case.</summary>
    public IReadOnlyList<GraphBusinessUseCaseUsage> BusinessUseCases { get; init; } = Array.Empty<GraphBusinessUseCaseUsage>();

    /// <summary>The <c>Retry-After</c> header as a delay, if present.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The highest usage percentage across all headers (0 when none).</summary>
    public double MaxPercent => Math.Max(Math.Max(App?.MaxPercent ?? 0, Page?.MaxPercent ?? 0),
        Math.Max(AdAccount?.UtilizationPercent ?? 0, BusinessUseCases.Count == 0 ? 0 : BusinessUseCases.Max(b => b.MaxPercent)));

    /// <summary>
    /// How long Graph says to wait before calling again: the largest of <c>Retry-After</c>, any business use case's
    /// <c>estimated_time_to_regain_access</c> and, when the ad account is at 100%, its <c>reset_time_duration</c>.
    /// <c>null</c> when no header asks for a wait.
    /// </summary>
    public TimeSpan? WaitBeforeRetry
    {
        get
        {
            TimeSpan wait = RetryAfter ?? TimeSpan.Zero;
            foreach (GraphBusinessUseCaseUsage b in BusinessUseCases)
            {
                if (b.EstimatedTimeToRegainAccess is { } eta && eta > wait) wait = eta;
            }

            if (AdAccount is { UtilizationPercent: >= 100, ResetTimeDuration: { } reset } && reset > wait) wait = reset;
            return wait > TimeSpan.Zero ? wait : null;
        }
    }

    /// <summary>
    /// Parses the usage headers of a response; <c>null</c> when it has none. Never throws: malformed headers are
    /// ignored, numbers clamped (percentages to [0, 1000], waits to one day).
    /// </summary>
    /// <param name="headers">The response headers.</param>
    /// <param name="now">The current time, to turn an HTTP-date <c>Retry-After</c> into a delay.</param>
    /// <returns>The usage, or <c>null</c>.</returns>
    public static GraphUsage? FromHeaders(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        TimeSpan? retryAfter = headers.RetryAfter switch
        {
            { Delta: { } delta } => UsageHeaderParser.ClampWait(delta),
            { Date: { } date } => UsageHeaderParser.ClampWait(date > now ? date - now : TimeSpan.Zero),
            _ => null,
        };
        return Parse(name => headers.TryGetValues(name, out IEnumerable<string>? values) ? values.FirstOrDefault() : null, retryAfter);
    }

    /// <summary>Parses usage headers given a header lookup (used for batch item headers as well).</summary>
    /// <param name="header">Returns a header's value by (case-insensitive) name, or <c>null</c>.</param>
    /// <param name="retryAfter">An already-parsed <c>Retry-After</c>, if any.</param>
    /// <returns>The usage, or <c>null</c> when no usage header is present.</returns>
    public static GraphUsage? Parse(Func<string, string?> header, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(header);
        GraphCallUsage? app = UsageHeaderParser.ParseCallUsage(header("X-App-Usage"));
        GraphCallUsage? page = UsageHeaderParser.ParseCallUsage(header("X-Page-Usage"));
        GraphAdAccountUsage? adAccount = UsageHeaderParser.ParseAdAccountUsage(header("X-Ad-Account-Usage"));
        IReadOnlyList<GraphBusinessUseCaseUsage> buc = UsageHeaderParser.ParseBusinessUseCaseUsage(header("X-Business-Use-Case-Usage"));
        retryAfter ??= UsageHeaderParser.ParseRetryAfterSeconds(header("Retry-After"));
        if (app is null && page is null && adAccount is null && buc.Count == 0 && retryAfter is null) return null;
        return new GraphUsage { App = app, Page = page, AdAccount = adAccount, BusinessUseCases = buc, RetryAfter = retryAfter };
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"GraphUsage(max {MaxPercent:0.##}%, wait {(WaitBeforeRetry is { } w ? w.ToString() : "none")})";
}
