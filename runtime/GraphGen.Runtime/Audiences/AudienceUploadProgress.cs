using System;

namespace GraphGen.Runtime.Audiences;

/// <summary>Running totals of an upload, reported after every successful request.</summary>
/// <param name="RowsRead">Input rows consumed so far (this run).</param>
/// <param name="RowsSent">Rows sent in successful requests.</param>
/// <param name="RowsAccepted">Sent rows Facebook did not count as invalid.</param>
/// <param name="RowsInvalid">Facebook's <c>num_invalid_entries</c>, summed.</param>
/// <param name="RowsRejected">Rows excluded locally (never sent).</param>
/// <param name="Requests">Successful requests.</param>
/// <param name="Elapsed">Time since the upload started.</param>
public sealed record AudienceUploadProgress(
    long RowsRead, long RowsSent, long RowsAccepted, long RowsInvalid, long RowsRejected, int Requests, TimeSpan Elapsed);
