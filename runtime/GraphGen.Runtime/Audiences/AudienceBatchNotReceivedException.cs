using System;

namespace GraphGen.Runtime.Audiences;

/// <summary>
/// Facebook answered a batch with a <c>num_received</c> lower than the rows sent (or without one). The rows it did
/// not count are not delivered: the upload stops there, and its <see cref="AudienceUploadResult.ResumePoint"/> sends
/// exactly those rows (and the rest of the input) in the next <c>batch_seq</c>.
/// </summary>
/// <remarks>
/// Facebook does not say which rows it dropped; the uploader takes the first <see cref="NumReceived"/> rows of the
/// batch as received, the order they were sent and counted in. Rows are never counted as accepted on faith.
/// </remarks>
public sealed class AudienceBatchNotReceivedException : Exception
{
    internal AudienceBatchNotReceivedException(long batchSeq, int rowsSent, int? numReceived, long firstRowNotReceived)
        : base($"Facebook received {(numReceived is { } n ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "an unknown number (no num_received)")} " +
               $"of the {rowsSent} rows of batch_seq {batchSeq}; the upload stops at input row {firstRowNotReceived}, the first row not received.")
    {
        BatchSeq = batchSeq;
        RowsSent = rowsSent;
        NumReceived = numReceived;
        FirstRowNotReceived = firstRowNotReceived;
    }

    /// <summary>The batch's <c>batch_seq</c>.</summary>
    public long BatchSeq { get; }

    /// <summary>Rows in the batch's <c>data</c>.</summary>
    public int RowsSent { get; }

    /// <summary>Facebook's <c>num_received</c>, or <c>null</c> when its answer had none.</summary>
    public int? NumReceived { get; }

    /// <summary>Zero-based input row of the first row Facebook did not count.</summary>
    public long FirstRowNotReceived { get; }
}
