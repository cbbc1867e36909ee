using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Runtime;
using GraphGen.Runtime.Audiences;
using GraphGen.Testing;

namespace GraphGen.Audiences.Tests;

public sealed class AudienceUploaderTests
{
    private const string AudienceId = "23850000000000000";
    private const int Total = 25_001;

    // Independently computed: printf %s user0@example.com | sha256sum, etc.
    private const string User0EmailHash = "9551f6ff6935f400d1422e75827ee012baad045daa3b733e3369fef22b0c9b4e";
    private const string User10000EmailHash = "220af64fe00e6d72e61da2ad1a49e134f4b777b2f10e2f1983316def89a57812";
    private const string User12345EmailHash = "5291e134cc277d1564048b93aac8da87768a68db3141a4e4575df14b71422fa0";
    private const string AmelieHash = "5f78ac01bde900c5e01be9f12cd565c62c6e6363796d30fa5748d00187357be8";
    private const string SmithHash = "6627835f988e2c5e50533d491163072d3f4f41f5c8b04630150debb3722ca2dd";
    private const string Zip90210Hash = "b83c588da0c6931625f42e0948054a3ade722bfd02c27816305742ed7390ac6c";

    private static readonly AudienceKey[] Schema = [AudienceKey.Email, AudienceKey.FirstName, AudienceKey.LastName, AudienceKey.Zip];

    // A stream, not a collection: the uploader must not need to know the count.
    private static IEnumerable<IReadOnlyList<string?>> Rows(int count)
    {
        for (int i = 0; i < count; i++)
        {
            yield return new string?[] { $"User{i}@Example.com", "Amélie", "Smith", "90210-1234" };
        }
    }

    [Fact]
    public async Task Upload_of_25001_rows_sends_three_batches_in_one_session_and_flags_only_the_last()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        AudienceUploader uploader = endpoint.CreateUploader();

        AudienceUploadResult result = await uploader.AddAsync(AudienceId, Schema, Rows(Total), new AudienceUploadOptions { EstimatedTotal = Total });

        Assert.Equal(AudienceUploadStatus.Completed, result.Status);
        IReadOnlyList<ReceivedBatch> received = endpoint.Received;
        Assert.Equal(new long[] { 1, 2, 3 }, received.Select(b => b.BatchSeq));
        Assert.Equal(new[] { false, false, true }, received.Select(b => b.LastBatchFlag));
        Assert.Equal(new[] { 10_000, 10_000, 5_001 }, received.Select(b => b.RowCount));
        Assert.All(received, b =>
        {
            Assert.Equal("POST", b.Method);
            Assert.Equal($"/v25.0/{AudienceId}/users", b.Path);
            Assert.Equal(result.SessionId, b.SessionId);
            Assert.Equal(Total, b.EstimatedTotal);
            Assert.True(b.IsRaw);
            Assert.Equal(new[] { "EMAIL", "FN", "LN", "ZIP" }, b.Schema);
        });
        Assert.True(result.SessionId > 0);

        Assert.Equal(new[] { User0EmailHash, AmelieHash, SmithHash, Zip90210Hash }, received[0].FirstRow.EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(User10000EmailHash, received[1].FirstRow[0].GetString());

        Assert.Equal(Total, result.RowsRead);
        Assert.Equal(Total, result.RowsSent);
        Assert.Equal(Total, result.RowsAccepted + result.RowsInvalid + result.RowsRejected);
        Assert.Equal(0, result.RowsNotSent);
        Assert.Null(result.ResumePoint);
        Assert.Equal(4, result.NextBatchSeq);
    }

    [Fact]
    public async Task Every_row_is_accounted_for_when_some_are_rejected_locally_and_some_by_facebook()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        endpoint.Invalid = b => b.BatchSeq == 2 ? (1, User12345EmailHash) : (0, null);
        AudienceUploader uploader = endpoint.CreateUploader();
        var seen = new List<AudienceRowIssue>();

        // Rows 4999, 9999, ...: nothing usable (excluded). Rows 500, 1500, ...: bad email but names left (blanked).
        IEnumerable<IReadOnlyList<string?>> rows = Rows(Total).Select((row, i) =>
            i % 5000 == 4999 ? new string?[] { "not-an-email", "", " ", null }
            : i % 1000 == 500 ? new string?[] { "broken@", "Amélie", "Smith", "90210" }
            : row);

        AudienceUploadResult result = await uploader.AddAsync(AudienceId, Schema, rows, new AudienceUploadOptions { OnRowIssue = seen.Add });

        Assert.Equal(AudienceUploadStatus.Completed, result.Status);
        Assert.Equal(5, result.RowsRejected);
        Assert.Equal(1, result.RowsInvalid);
        Assert.Equal(Total - 5 - 1, result.RowsAccepted);
        Assert.Equal(Total, result.RowsAccepted + result.RowsInvalid + result.RowsRejected);
        Assert.Equal(new[] { 10_000, 10_000, 4_996 }, endpoint.Received.Select(b => b.RowCount));

        Assert.Equal(30, result.IssueCount);
        Assert.Equal(result.Issues, seen);
        Assert.Contains(new AudienceRowIssue(4999, AudienceKey.Email, AudienceRejectReason.InvalidEmail, AudienceIssueAction.RowExcluded), result.Issues);
        Assert.Contains(new AudienceRowIssue(1500, AudienceKey.Email, AudienceRejectReason.InvalidEmail, AudienceIssueAction.ValueBlanked), result.Issues);

        AudienceInvalidEntry sample = Assert.Single(result.InvalidEntrySamples);
        Assert.Equal(new AudienceInvalidEntry(2, User12345EmailHash, "Invalid email", 12345), sample);

        // Batches cover the input without gaps: rejected rows between batches belong to the earlier one.
        Assert.Equal(0, result.Batches[0].FirstRow);
        Assert.Equal(result.Batches[0].EndRow, result.Batches[1].FirstRow);
        Assert.Equal(result.Batches[1].EndRow, result.Batches[2].FirstRow);
        Assert.Equal(Total, result.Batches[2].EndRow);
    }

    [Fact]
    public async Task Transient_failure_of_request_2_is_retried_with_the_same_batch_seq_and_payload()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        endpoint.Fault = (n, _) => n == 2 ? GraphResponses.Error(2650, message: "Failed to update the custom audience", statusCode: 500) : null;
        var delays = new RecordedDelays();
        AudienceUploader uploader = endpoint.CreateUploader();

        AudienceUploadResult result = await uploader.AddAsync(AudienceId, Schema, Rows(Total), new AudienceUploadOptions { Delay = delays.Delay });

        Assert.Equal(AudienceUploadStatus.Completed, result.Status);
        IReadOnlyList<ReceivedBatch> received = endpoint.Received;
        Assert.Equal(new long[] { 1, 2, 2, 3 }, received.Select(b => b.BatchSeq));
        Assert.Equal(received[1].Payload.GetRawText(), received[2].Payload.GetRawText());
        Assert.Equal(new[] { 1, 2, 1 }, result.Batches.Select(b => b.Attempts));
        Assert.Equal(new[] { TimeSpan.FromSeconds(2) }, delays.Waits);
        Assert.Equal(Total, result.RowsAccepted);
    }

    [Fact]
    public async Task Custom_audience_throttling_waits_as_long_as_the_usage_header_says()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        string usage = "{\"1234567890\":[{\"type\":\"custom_audience\",\"call_count\":100,\"total_cputime\":10,\"total_time\":10,\"estimated_time_to_regain_access\":7}]}";
        endpoint.Fault = (n, _) => n == 1
            ? GraphResponses.Error(80003, 2446079, "There have been too many calls to this custom audience.").WithHeader("X-Business-Use-Case-Usage", usage)
            : null;
        var delays = new RecordedDelays();
        AudienceUploader uploader = endpoint.CreateUploader();

        AudienceUploadResult result = await uploader.AddAsync(AudienceId, Schema, Rows(3), new AudienceUploadOptions { Delay = delays.Delay });

        Assert.Equal(AudienceUploadStatus.Completed, result.Status);
        Assert.Equal(new[] { TimeSpan.FromMinutes(7) }, delays.Waits);
        Assert.Equal(new long[] { 1, 1 }, endpoint.Received.Select(b => b.BatchSeq));
        Assert.Equal(3, result.RowsAccepted);
    }

    [Fact]
    public async Task Throttling_wait_longer_than_the_limit_stops_the_upload_resumably_without_waiting()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        endpoint.Fault = (_, _) => GraphResponses.BusinessUseCaseThrottled(regainAccessMinutes: 120);
        var delays = new RecordedDelays();
        AudienceUploader uploader = endpoint.CreateUploader();

        AudienceUploadResult result = await uploader.AddAsync(AudienceId, Schema, Rows(3), new AudienceUploadOptions { Delay = delays.Delay });

        Assert.Equal(AudienceUploadStatus.Failed, result.Status);
        Assert.Empty(delays.Waits);
        Assert.Single(endpoint.Received);
        Assert.Equal(new AudienceResumePoint(result.SessionId, 1, 0), result.ResumePoint);
        GraphApiException error = Assert.IsType<GraphApiException>(result.Error);
        Assert.Equal(TimeSpan.FromMinutes(120), error.Usage?.WaitBeforeRetry);
    }

    [Fact]
    public async Task Permanent_failure_of_request_2_reports_what_was_sent_and_resume_finishes_the_session()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        bool failing = true;
        endpoint.Fault = (_, b) => failing && b.BatchSeq == 2 ? GraphResponses.Error(2650, message: "Failed to update the custom audience") : null;
        var delays = new RecordedDelays();
        AudienceUploader uploader = endpoint.CreateUploader();
        var options = new AudienceUploadOptions { EstimatedTotal = Total, MaxAttempts = 3, Delay = delays.Delay };

        AudienceUploadResult failed = await uploader.AddAsync(AudienceId, Schema, Rows(Total), options);

        Assert.Equal(AudienceUploadStatus.Failed, failed.Status);
        Assert.Equal(2650, Assert.IsType<GraphApiException>(failed.Error).Code);
        Assert.Equal(new long[] { 1, 2, 2, 2 }, endpoint.Received.Select(b => b.BatchSeq));
        Assert.Equal(new[] { TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4) }, delays.Waits);
        AudienceBatchOutcome sent = Assert.Single(failed.Batches);
        Assert.Equal((0L, 10_000L), (sent.FirstRow, sent.EndRow));        // rows 1..10,000 (1-based) sent
        Assert.Equal(10_000, failed.RowsAccepted);
        Assert.Equal(10_000, failed.ResumeFromRow);                        // rows 10,001..25,001 not sent
        Assert.Equal(failed.RowsRead - 10_000, failed.RowsNotSent);
        Assert.Equal(new AudienceResumePoint(failed.SessionId, 2, 10_000), failed.ResumePoint);

        failing = false;
        AudienceUploadResult resumed = await uploader.AddAsync(AudienceId, Schema, Rows(Total), options with { Resume = failed.ResumePoint });

        Assert.Equal(AudienceUploadStatus.Completed, resumed.Status);
        IReadOnlyList<ReceivedBatch> after = endpoint.Received.Skip(4).ToList();
        Assert.Equal(new long[] { 2, 3 }, after.Select(b => b.BatchSeq));
        Assert.Equal(new[] { false, true }, after.Select(b => b.LastBatchFlag));
        Assert.Equal(new[] { 10_000, 5_001 }, after.Select(b => b.RowCount));
        Assert.All(after, b => Assert.Equal(failed.SessionId, b.SessionId));
        Assert.Equal(User10000EmailHash, after[0].FirstRow[0].GetString());
        Assert.Equal(10_000, resumed.StartRow);
        Assert.Equal(Total - 10_000, resumed.RowsRead);
        Assert.Equal(Total, failed.RowsAccepted + resumed.RowsAccepted);
    }

    [Fact]
    public async Task Validation_error_is_not_retried()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        endpoint.Fault = (_, _) => GraphResponses.Error(100, message: "Invalid parameter");
        var delays = new RecordedDelays();

        AudienceUploadResult result = await endpoint.CreateUploader().AddAsync(AudienceId, Schema, Rows(3), new AudienceUploadOptions { Delay = delays.Delay });

        Assert.Equal(AudienceUploadStatus.Failed, result.Status);
        Assert.Single(endpoint.Received);
        Assert.Empty(delays.Waits);
        Assert.Equal(3, result.RowsNotSent);
    }

    [Fact]
    public async Task Removal_sends_delete_with_data_source_and_app_ids()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        var options = new AudienceUploadOptions { DataSourceType = "THIRD_PARTY_IMPORTED", DataSourceSubType = "HASHES", AppIds = ["111"] };

        AudienceUploadResult result = await endpoint.CreateUploader().RemoveAsync(AudienceId, Schema, Rows(2), options);

        Assert.Equal(AudienceUploadStatus.Completed, result.Status);
        ReceivedBatch batch = Assert.Single(endpoint.Received);
        Assert.Equal("DELETE", batch.Method);
        Assert.True(batch.LastBatchFlag);
        Assert.Equal("THIRD_PARTY_IMPORTED", batch.Payload.GetProperty("data_source").GetProperty("type").GetString());
        Assert.Equal("HASHES", batch.Payload.GetProperty("data_source").GetProperty("sub_type").GetString());
        Assert.Equal("111", batch.Payload.GetProperty("app_ids")[0].GetString());
    }

    [Fact]
    public async Task Last_batch_is_flagged_even_when_the_rows_after_it_are_all_rejected()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        IEnumerable<IReadOnlyList<string?>> rows = Rows(10).Concat([new string?[] { "nope", null, null, null }, new string?[] { "a" }]);

        AudienceUploadResult result = await endpoint.CreateUploader().AddAsync(AudienceId, Schema, rows, new AudienceUploadOptions { BatchSize = 10 });

        ReceivedBatch batch = Assert.Single(endpoint.Received);
        Assert.True(batch.LastBatchFlag);
        Assert.Equal(10, batch.RowCount);
        Assert.Equal(2, result.RowsRejected);
        Assert.Equal(12, result.Batches[0].EndRow);
        Assert.Contains(new AudienceRowIssue(11, null, AudienceRejectReason.WrongValueCount, AudienceIssueAction.RowExcluded), result.Issues);
    }

    [Fact]
    public async Task Input_with_no_sendable_row_sends_nothing()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();

        AudienceUploadResult result = await endpoint.CreateUploader().AddAsync(AudienceId, Schema, [new string?[] { "", "", "", "" }]);

        Assert.Empty(endpoint.Received);
        Assert.Equal(AudienceUploadStatus.Completed, result.Status);
        Assert.Equal(1, result.RowsRejected);
        Assert.Equal(AudienceRejectReason.NoMatchKeys, Assert.Single(result.Issues).Reason);
    }

    [Fact]
    public async Task Lookalike_value_is_sent_as_a_json_number_and_collections_give_the_estimated_total()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        List<IReadOnlyList<string?>> rows = [new string?[] { "A@B.com", "44.5" }, new string?[] { "a@b.com", "" }];

        await endpoint.CreateUploader().AddAsync(AudienceId, [AudienceKey.Email, AudienceKey.LookalikeValue], rows);

        ReceivedBatch batch = Assert.Single(endpoint.Received);
        Assert.Equal(2, batch.EstimatedTotal);
        Assert.Equal("[\"fb98d44ad7501a959f3f4f4a3f004fe2d9e581ea6207e218c4b02c08a4d75adf\",44.5]", batch.FirstRow.GetRawText());
    }

    [Fact]
    public async Task Async_stream_reports_progress_after_every_request()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        var progress = new RecordedProgress();

        AudienceUploadResult result = await endpoint.CreateUploader().AddAsync(
            AudienceId, Schema, AsyncRows(25), new AudienceUploadOptions { BatchSize = 10, Progress = progress });

        Assert.Equal(AudienceUploadStatus.Completed, result.Status);
        Assert.Equal(new long[] { 10, 20, 25 }, progress.Reports.Select(p => p.RowsSent));
        Assert.Equal(new[] { 1, 2, 3 }, progress.Reports.Select(p => p.Requests));
        Assert.Equal(25, progress.Reports[^1].RowsAccepted);
        Assert.Null(endpoint.Received[0].EstimatedTotal);
    }

    [Fact]
    public async Task Cancellation_returns_a_resume_point_at_the_first_unsent_row()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        using var cts = new CancellationTokenSource();
        var progress = new RecordedProgress { OnReport = _ => cts.Cancel() };

        AudienceUploadResult result = await endpoint.CreateUploader().AddAsync(
            AudienceId, Schema, Rows(25), new AudienceUploadOptions { BatchSize = 10, Progress = progress }, cts.Token);

        Assert.Equal(AudienceUploadStatus.Cancelled, result.Status);
        Assert.Single(endpoint.Received);
        Assert.Equal(new AudienceResumePoint(result.SessionId, 2, 10), result.ResumePoint);
    }

    [Fact]
    public async Task Each_upload_gets_its_own_session_id()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        AudienceUploader uploader = endpoint.CreateUploader();

        AudienceUploadResult first = await uploader.AddAsync(AudienceId, Schema, Rows(1));
        AudienceUploadResult second = await uploader.AddAsync(AudienceId, Schema, Rows(1));

        Assert.NotEqual(first.SessionId, second.SessionId);
        Assert.Equal(new[] { first.SessionId, second.SessionId }, endpoint.Received.Select(b => b.SessionId));
    }

    private static async IAsyncEnumerable<IReadOnlyList<string?>> AsyncRows(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (IReadOnlyList<string?> row in Rows(count))
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }
    }
}
