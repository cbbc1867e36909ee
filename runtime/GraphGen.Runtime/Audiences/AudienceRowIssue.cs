namespace GraphGen.Runtime.Audiences;

/// <summary>What the uploader did with a row that had a value it could not normalize.</summary>
public enum AudienceIssueAction
{
    /// <summary>The bad value was sent as <c>""</c> (unknown) because the row still had another identifying value.</summary>
    ValueBlanked,

    /// <summary>The row was not sent: no identifying value was left (or its shape was wrong).</summary>
    RowExcluded,
}

/// <summary>
/// A value (or row) the uploader refused to send as given, found locally before sending.
/// </summary>
/// <param name="RowIndex">Zero-based index of the row in the input (counting every row, also skipped ones on resume).</param>
/// <param name="Key">The offending column, or <c>null</c> for a row-level problem.</param>
/// <param name="Reason">Why.</param>
/// <param name="Action">Whether the value was blanked or the whole row excluded.</param>
public readonly record struct AudienceRowIssue(long RowIndex, AudienceKey? Key, AudienceRejectReason Reason, AudienceIssueAction Action);

/// <summary>
/// One of Facebook's <c>invalid_entry_samples</c> (a sent value it could not use, and its reason), with the input row
/// it came from when the value was found in the batch.
/// </summary>
/// <param name="BatchSeq">The request's <c>batch_seq</c>.</param>
/// <param name="Value">The value as sent (a hash for hashed keys).</param>
/// <param name="Reason">Facebook's reason text.</param>
/// <param name="RowIndex">Zero-based input row of the value, or <c>null</c> when it does not match a sent value.</param>
public sealed record AudienceInvalidEntry(long BatchSeq, string Value, string Reason, long? RowIndex);
