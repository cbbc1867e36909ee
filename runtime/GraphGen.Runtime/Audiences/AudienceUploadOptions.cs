using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime.Audiences;

/// <summary>Settings of one upload (or removal) session.</summary>
public sealed record AudienceUploadOptions
{
    /// <summary>Facebook's limit of rows in one <c>/{custom_audience_id}/users</c> request.</summary>
    public const int MaxBatchSize = 10_000;

    /// <summary>Rows per request, 1..10,000. Default 10,000.</summary>
    public int BatchSize { get; init; } = MaxBatchSize;

    /// <summary>
    /// <c>session.estimated_num_total</c>. When <c>null</c> and the input is a collection, its count is used;
    /// otherwise the field is omitted.
    /// </summary>
    public long? EstimatedTotal { get; init; }

    /// <summary>The <c>session_id</c> to use; <c>null</c> generates a random positive 64-bit id (unique per upload).</summary>
    public long? SessionId { get; init; }

    /// <summary>Continue an interrupted upload (from <see cref="AudienceUploadResult.ResumePoint"/>); overrides <see cref="SessionId"/>.</summary>
    public AudienceResumePoint? Resume { get; init; }

    /// <summary>
    /// What was already done to every value of the upload: <see cref="AudienceValueForm.Raw"/> (default: normalize and
    /// hash here), <see cref="AudienceValueForm.Normalized"/> (hash only) or <see cref="AudienceValueForm.Hashed"/>
    /// (send hashed keys as given, after checking they are SHA-256 hex).
    /// </summary>
    public AudienceValueForm Values { get; init; } = AudienceValueForm.Raw;

    /// <summary><c>app_ids</c>: apps whose app-scoped ids are in the data; required when the schema has <see cref="AudienceKey.AppUserId"/>.</summary>
    public IReadOnlyList<string>? AppIds { get; init; }

    /// <summary><c>page_ids</c>: pages whose page-scoped ids are in the data.</summary>
    public IReadOnlyList<string>? PageIds { get; init; }

    /// <summary><c>data_source.type</c> wire value (e.g. <c>EVENT_BASED</c>); the typed enum lives in generated code.</summary>
    public string? DataSourceType { get; init; }

    /// <summary><c>data_source.sub_type</c> wire value.</summary>
    public string? DataSourceSubType { get; init; }

    /// <summary>Attempts per request, including the first. Default 5.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>First backoff after a transient error; doubles per attempt up to <see cref="MaxBackoff"/>. Default 2 s.</summary>
    public TimeSpan BaseBackoff { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Cap of the transient-error backoff. Default 1 minute.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Wait after a rate limit (80003 and other throttling) whose usage headers give no time. Default 1 minute.</summary>
    public TimeSpan RateLimitFallbackWait { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest rate-limit wait the uploader will sit out; a longer one stops the upload (resumable). Default 1 hour.</summary>
    public TimeSpan MaxRateLimitWait { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How to wait between attempts; <c>null</c> waits on <see cref="TimeProvider"/>. Tests pass one that returns at once.</summary>
    public Func<TimeSpan, CancellationToken, Task>? Delay { get; init; }

    /// <summary>Clock for <see cref="AudienceUploadProgress.Elapsed"/> and the default delay; <c>null</c> is the system clock.</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Receives totals after every successful request.</summary>
    public IProgress<AudienceUploadProgress>? Progress { get; init; }

    /// <summary>Receives every local row issue once its batch is committed (the result keeps at most <see cref="MaxRetainedIssues"/>).</summary>
    public Action<AudienceRowIssue>? OnRowIssue { get; init; }

    /// <summary>How many local issues <see cref="AudienceUploadResult.Issues"/> keeps, bounding memory. Default 10,000.</summary>
    public int MaxRetainedIssues { get; init; } = 10_000;

    internal void Validate()
    {
        if (BatchSize is < 1 or > MaxBatchSize) throw new ArgumentOutOfRangeException(nameof(BatchSize), BatchSize, "BatchSize must be 1..10000.");
        if (MaxAttempts < 1) throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "MaxAttempts must be at least 1.");
        if (EstimatedTotal is < 0) throw new ArgumentOutOfRangeException(nameof(EstimatedTotal), EstimatedTotal, "EstimatedTotal must not be negative.");
        if (SessionId is <= 0) throw new ArgumentOutOfRangeException(nameof(SessionId), SessionId, "SessionId must be positive.");
        if (Resume is { } r && (r.SessionId <= 0 || r.NextBatchSeq < 1 || r.StartRow < 0))
        {
            throw new ArgumentException("Resume needs a positive session id, batch_seq >= 1 and a non-negative start row.", nameof(Resume));
        }

        if (!Enum.IsDefined(Values)) throw new ArgumentOutOfRangeException(nameof(Values), Values, "Values must be Raw, Normalized or Hashed.");
        if (MaxRetainedIssues < 0) throw new ArgumentOutOfRangeException(nameof(MaxRetainedIssues), MaxRetainedIssues, "MaxRetainedIssues must not be negative.");
    }
}
