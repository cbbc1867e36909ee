using System;
using System.Collections.Generic;

namespace GraphGen.Runtime.Audiences;

/// <summary>How an upload ended.</summary>
public enum AudienceUploadStatus
{
    /// <summary>Every row was sent (or rejected locally); the last request carried <c>last_batch_flag: true</c>.</summary>
    Completed,

    /// <summary>
    /// A request failed after its retries, or Facebook received fewer rows than were sent
    /// (<see cref="AudienceBatchNotReceivedException"/>); rows from <see cref="AudienceUploadResult.ResumeFromRow"/> on
    /// were not delivered.
    /// </summary>
    Failed,

    /// <summary>The cancellation token fired; rows from <see cref="AudienceUploadResult.ResumeFromRow"/> on were not sent.</summary>
    Cancelled,
}

/// <summary>Where to continue an interrupted upload: same session, next batch, first unsent row.</summary>
/// <param name="SessionId">The session's <c>session_id</c>.</param>
/// <param name="NextBatchSeq">The <c>batch_seq</c> of the first request to send.</param>
/// <param name="StartRow">Zero-based index of the first input row to send; earlier rows are skipped.</param>
public sealed record AudienceResumePoint(long SessionId, long NextBatchSeq, long StartRow);

/// <summary>One successful request.</summary>
/// <param name="BatchSeq">Its <c>batch_seq</c>.</param>
/// <param name="FirstRow">Zero-based first input row it covers.</param>
/// <param name="EndRow">Zero-based input row after the last one it covers (rows in between that were rejected locally are
/// included); when Facebook received fewer rows than were sent, the first row it did not receive.</param>
/// <param name="RowsSent">Rows in its <c>data</c>.</param>
/// <param name="NumReceived">Facebook's <c>num_received</c>.</param>
/// <param name="NumInvalidEntries">Facebook's <c>num_invalid_entries</c>.</param>
/// <param name="Attempts">Attempts it took (1 when not retried).</param>
/// <param name="IsLast">Whether it carried <c>last_batch_flag: true</c>.</param>
public sealed record AudienceBatchOutcome(
    long BatchSeq, long FirstRow, long EndRow, int RowsSent, int NumReceived, int NumInvalidEntries, int Attempts, bool IsLast);

/// <summary>
/// The accounting of an upload. Every input row read in this run is in exactly one of
/// <see cref="RowsAccepted"/>, <see cref="RowsInvalid"/>, <see cref="RowsRejected"/> or <see cref="RowsNotSent"/>.
/// </summary>
public sealed record AudienceUploadResult
{
    /// <summary>How the upload ended.</summary>
    public required AudienceUploadStatus Status { get; init; }

    /// <summary>The session's <c>session_id</c>.</summary>
    public required long SessionId { get; init; }

    /// <summary>Zero-based index of the first input row of this run (0, or the resume point's start row).</summary>
    public required long StartRow { get; init; }

    /// <summary>Input rows consumed by this run (not counting rows skipped to reach <see cref="StartRow"/>).</summary>
    public required long RowsRead { get; init; }

    /// <summary>Rows in the <c>data</c> of successful requests.</summary>
    public required long RowsSent { get; init; }

    /// <summary>
    /// Sent rows Facebook did not count (<c>num_received</c> lower than the rows sent). They are part of
    /// <see cref="RowsNotSent"/>, and <see cref="ResumePoint"/> sends them again.
    /// </summary>
    public long RowsNotReceived { get; init; }

    /// <summary>Facebook's <c>num_received</c> minus its <c>num_invalid_entries</c>, summed over requests.</summary>
    public required long RowsAccepted { get; init; }

    /// <summary>Sum of Facebook's <c>num_invalid_entries</c>.</summary>
    public required long RowsInvalid { get; init; }

    /// <summary>Rows excluded locally (see <see cref="Issues"/>), in committed batches.</summary>
    public required long RowsRejected { get; init; }

    /// <summary>
    /// Rows read but not delivered: their request failed, Facebook did not count them (<see cref="RowsNotReceived"/>),
    /// or the upload was cancelled. <see cref="ResumePoint"/> starts at the first of them.
    /// </summary>
    public required long RowsNotSent { get; init; }

    /// <summary>Successful requests.</summary>
    public required IReadOnlyList<AudienceBatchOutcome> Batches { get; init; }

    /// <summary>
    /// Local problems of committed batches, in row order, up to <see cref="AudienceUploadOptions.MaxRetainedIssues"/>
    /// (<see cref="AudienceUploadOptions.OnRowIssue"/> sees every one).
    /// </summary>
    public required IReadOnlyList<AudienceRowIssue> Issues { get; init; }

    /// <summary>Total local problems in committed batches (also those not retained in <see cref="Issues"/>).</summary>
    public required long IssueCount { get; init; }

    /// <summary>Facebook's <c>invalid_entry_samples</c> of every successful request.</summary>
    public required IReadOnlyList<AudienceInvalidEntry> InvalidEntrySamples { get; init; }

    /// <summary>Zero-based first input row that was not sent, or <c>null</c> when the upload completed.</summary>
    public long? ResumeFromRow { get; init; }

    /// <summary>The <c>batch_seq</c> the next request would use.</summary>
    public required long NextBatchSeq { get; init; }

    /// <summary>The error that stopped the upload (a <see cref="GraphException"/>, or the cancellation).</summary>
    public Exception? Error { get; init; }

    /// <summary>Pass as <see cref="AudienceUploadOptions.Resume"/> with the same input to continue; <c>null</c> when completed.</summary>
    public AudienceResumePoint? ResumePoint =>
        ResumeFromRow is { } row ? new AudienceResumePoint(SessionId, NextBatchSeq, row) : null;
}
