using System;
using System.Buffers;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace GraphGen.Runtime.Audiences;

/// <summary>
/// One upload session from first row to result: fills a batch (plus one lookahead row), sends it with retries,
/// commits its accounting, repeats. A batch covers the input rows from its first row up to the next batch's first
/// sendable row, so rows rejected locally between two batches belong to the earlier one and a failed batch is
/// resumed from its very first row.
/// </summary>
internal sealed class AudienceUploadRun
{
    internal const string PayloadParameter = "payload";
    internal const string SessionParameter = "session";
    private readonly AudienceRequestSender _send;
    private readonly GraphRequest _template;
    private readonly AudienceKey[] _schema;
    private readonly AudienceUploadOptions _options;
    private readonly long? _estimatedTotal;
    private readonly TimeProvider _time;
    private readonly AudienceBatchBuffer _buffer;
    private readonly ArrayBufferWriter<byte> _payload = new(64 * 1024);
    private readonly List<AudienceRowIssue> _pendingIssues = new();
    private readonly List<AudienceRowIssue> _issues = new();
    private readonly List<AudienceInvalidEntry> _samples = new();
    private readonly List<AudienceBatchOutcome> _batches = new();
    private readonly long _sessionId;
    private readonly long _startRow;
    private readonly long _started;
    private long _batchSeq;
    private long _rowsRead;
    private long _rowsSent;
    private long _rowsNotReceived;
    private long _rowsAccepted;
    private long _rowsInvalid;
    private long _rowsRejected;
    private long _issueCount;

    public AudienceUploadRun(
        AudienceRequestSender send, GraphRequest template, AudienceKey[] schema, AudienceUploadOptions options, long? estimatedTotal)
    {
        _send = send;
        _template = template;
        _schema = schema;
        _options = options;
        _estimatedTotal = estimatedTotal;
        _time = options.TimeProvider ?? TimeProvider.System;
        _buffer = new AudienceBatchBuffer(schema, options.BatchSize + 1, options.Values);
        _sessionId = options.Resume?.SessionId ?? options.SessionId ?? Random.Shared.NextInt64(1, long.MaxValue);
        _batchSeq = options.Resume?.NextBatchSeq ?? 1;
        _startRow = options.Resume?.StartRow ?? 0;
        _started = _time.GetTimestamp();
    }

    public async Task<AudienceUploadResult> RunAsync(IAsyncEnumerable<IReadOnlyList<string?>> rows, CancellationToken cancellationToken)
    {
        long nextRow = 0;
        long batchFirstRow = _startRow;
        int batchSize = _options.BatchSize;
        IAsyncEnumerator<IReadOnlyList<string?>> source = rows.GetAsyncEnumerator(cancellationToken);
        try
        {
            bool exhausted = false;
            while (nextRow < _startRow && !exhausted)
            {
                exhausted = !await source.MoveNextAsync().ConfigureAwait(false);
                if (!exhausted) nextRow++;
            }

            while (true)
            {
                while (_buffer.RowCount <= batchSize && !exhausted)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!await source.MoveNextAsync().ConfigureAwait(false))
                    {
                        exhausted = true;
                        break;
                    }

                    _buffer.TryAdd(source.Current, nextRow, _pendingIssues);
                    nextRow++;
                    _rowsRead++;
                }

                int sendCount = Math.Min(_buffer.RowCount, batchSize);
                bool isLast = _buffer.RowCount <= batchSize; // no lookahead row: the input is exhausted
                long batchEndRow = isLast ? nextRow : _buffer.RowIndexAt(batchSize);
                if (sendCount == 0)
                {
                    CommitIssues(batchEndRow); // only locally rejected rows were left
                    break;
                }

                string payload = WritePayload(sendCount, isLast);
                (AudienceUsersResponse response, int attempts) = await SendWithRetriesAsync(payload, cancellationToken).ConfigureAwait(false);
                int received = Math.Clamp(response.NumReceived ?? 0, 0, sendCount);
                if (received < sendCount)
                {
                    // Only what Facebook counted is delivered; the batch ends at the first row it did not count.
                    long firstNotReceived = _buffer.RowIndexAt(received);
                    Commit(response, batchFirstRow, firstNotReceived, sendCount, received, attempts, isLast);
                    return Result(AudienceUploadStatus.Failed, firstNotReceived,
                        new AudienceBatchNotReceivedException(_batchSeq - 1, sendCount, response.NumReceived, firstNotReceived));
                }

                Commit(response, batchFirstRow, batchEndRow, sendCount, received, attempts, isLast);
                _buffer.RemoveFirst(sendCount);
                batchFirstRow = batchEndRow;
                if (isLast) break;
            }

            return Result(AudienceUploadStatus.Completed, null, null);
        }
        catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested)
        {
            return Result(AudienceUploadStatus.Cancelled, batchFirstRow, ex);
        }
        catch (Exception ex)
        {
            return Result(AudienceUploadStatus.Failed, batchFirstRow, ex);
        }
        finally
        {
            await source.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<(AudienceUsersResponse Response, int Attempts)> SendWithRetriesAsync(string payload, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            var request = new GraphRequest(_template.Method, _template.Path)
            {
                // Facebook dedupes a repeated batch_seq within a session, so a retry cannot add rows twice.
                IsIdempotent = true,
                // Knows custom-audience throttling (80003) and the transient 2650, whatever the template's catalog says.
                ErrorClassifier = AudienceErrorClassifier.Instance,
                CallOptions = _template.CallOptions,
            };
            foreach (var parameter in _template.Parameters)
            {
                // The uploader owns the rows (payload) and the session; anything else the template carries goes along.
                if (parameter.Key is not (PayloadParameter or SessionParameter)) request.Add(parameter.Key, parameter.Value);
            }

            request.Add(PayloadParameter, payload);
            try
            {
                AudienceUsersResponse response = await _send(request, cancellationToken).ConfigureAwait(false);
                return (response, attempt);
            }
            catch (GraphException ex) when (attempt < _options.MaxAttempts && IsRetriable(ex) && WaitBefore(ex, attempt) is { } wait)
            {
                await DelayAsync(wait, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsRetriable(GraphException ex) =>
        ex.IsRetriable || ex is GraphApiException { Code: AudienceErrorClassifier.ThrottlingCode or AudienceErrorClassifier.FailedToUpdateCode };

    // null: the wait Facebook asks for is longer than we are willing to sit out; stop (resumable) instead.
    private TimeSpan? WaitBefore(GraphException ex, int attempt)
    {
        if (ex is GraphApiException api && (api.Category == GraphErrorCategory.RateLimit || api.Code == AudienceErrorClassifier.ThrottlingCode))
        {
            TimeSpan wait = api.Usage?.WaitBeforeRetry ?? _options.RateLimitFallbackWait;
            return wait <= _options.MaxRateLimitWait ? wait : null;
        }

        double factor = Math.Pow(2, Math.Min(attempt - 1, 30));
        TimeSpan backoff = TimeSpan.FromTicks((long)Math.Min(_options.BaseBackoff.Ticks * factor, _options.MaxBackoff.Ticks));
        return backoff;
    }

    private Task DelayAsync(TimeSpan wait, CancellationToken cancellationToken) =>
        _options.Delay is { } delay ? delay(wait, cancellationToken) : Task.Delay(wait, _time, cancellationToken);

    private string WritePayload(int rows, bool isLast)
    {
        _payload.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_payload))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("schema");
            foreach (AudienceKey key in _schema) writer.WriteStringValue(AudienceKeys.WireName(key));
            writer.WriteEndArray();

            // Reference page: "If the keys are combinational keys like LN_FN_ZIP, set this to false, otherwise true".
            // The uploader sends individual keys only, so always true.
            writer.WriteBoolean("is_raw", true);
            _buffer.WriteData(writer, rows);
            WriteIds(writer, "app_ids", _options.AppIds);
            WriteIds(writer, "page_ids", _options.PageIds);
            if (_options.DataSourceType is not null || _options.DataSourceSubType is not null)
            {
                writer.WriteStartObject("data_source");
                if (_options.DataSourceType is { } type) writer.WriteString("type", type);
                if (_options.DataSourceSubType is { } subType) writer.WriteString("sub_type", subType);
                writer.WriteEndObject();
            }

            writer.WriteStartObject("session");
            writer.WriteNumber("session_id", _sessionId);
            if (_estimatedTotal is { } total) writer.WriteNumber("estimated_num_total", total);
            writer.WriteNumber("batch_seq", _batchSeq);
            writer.WriteBoolean("last_batch_flag", isLast);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(_payload.WrittenSpan);
    }

    private static void WriteIds(Utf8JsonWriter writer, string name, IReadOnlyList<string>? ids)
    {
        if (ids is null || ids.Count == 0) return;
        writer.WriteStartArray(name);
        foreach (string id in ids) writer.WriteStringValue(id);
        writer.WriteEndArray();
    }

    // Every row's fate follows from Facebook's answer: of the rows sent, num_received were received, of which
    // num_invalid_entries were invalid and the rest accepted; rows not received are neither.
    private void Commit(AudienceUsersResponse response, long firstRow, long endRow, int sent, int received, int attempts, bool isLast)
    {
        int invalid = Math.Clamp(response.NumInvalidEntries, 0, received);
        _rowsSent += sent;
        _rowsNotReceived += sent - received;
        _rowsInvalid += invalid;
        _rowsAccepted += received - invalid;
        foreach (KeyValuePair<string, string> sample in response.InvalidEntrySamples)
        {
            _samples.Add(new AudienceInvalidEntry(_batchSeq, sample.Key, sample.Value, _buffer.FindRow(sample.Key, sent)));
        }

        _batches.Add(new AudienceBatchOutcome(_batchSeq, firstRow, endRow, sent, response.NumReceived ?? 0, invalid, attempts, isLast));
        CommitIssues(endRow);
        _batchSeq++;
        _options.Progress?.Report(new AudienceUploadProgress(
            _rowsRead, _rowsSent, _rowsAccepted, _rowsInvalid, _rowsRejected, _batches.Count, _time.GetElapsedTime(_started)));
    }

    // Issues of rows before endRow are final now; those of the lookahead row wait for its batch.
    private void CommitIssues(long endRow)
    {
        int committed = 0;
        long lastExcludedRow = -1;
        foreach (AudienceRowIssue issue in _pendingIssues)
        {
            if (issue.RowIndex >= endRow) break;
            committed++;
            _issueCount++;
            if (issue.Action == AudienceIssueAction.RowExcluded && issue.RowIndex != lastExcludedRow)
            {
                _rowsRejected++;
                lastExcludedRow = issue.RowIndex;
            }

            if (_issues.Count < _options.MaxRetainedIssues) _issues.Add(issue);
            _options.OnRowIssue?.Invoke(issue);
        }

        _pendingIssues.RemoveRange(0, committed);
    }

    private AudienceUploadResult Result(AudienceUploadStatus status, long? resumeFromRow, Exception? error) => new()
    {
        Status = status,
        SessionId = _sessionId,
        StartRow = _startRow,
        RowsRead = _rowsRead,
        RowsSent = _rowsSent,
        RowsNotReceived = _rowsNotReceived,
        RowsAccepted = _rowsAccepted,
        RowsInvalid = _rowsInvalid,
        RowsRejected = _rowsRejected,
        RowsNotSent = _rowsRead - _rowsAccepted - _rowsInvalid - _rowsRejected,
        Batches = _batches,
        Issues = _issues,
        IssueCount = _issueCount,
        InvalidEntrySamples = _samples,
        ResumeFromRow = resumeFromRow,
        NextBatchSeq = _batchSeq,
        Error = error,
    };
}
