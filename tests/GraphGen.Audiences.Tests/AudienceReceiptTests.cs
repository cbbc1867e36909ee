using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using GraphGen.Runtime.Audiences;
using GraphGen.Testing;

namespace GraphGen.Audiences.Tests;

/// <summary>Every row's fate follows from Facebook's answer: rows it did not count are not accepted, and resume sends exactly them.</summary>
public sealed class AudienceReceiptTests
{
    private const string AudienceId = "23850000000000000";
    private const int Total = 30_000;
    private static readonly AudienceKey[] Schema = [AudienceKey.Email, AudienceKey.FirstName];

    // Rows 7, 17, 27, ...: no usable value at all (excluded locally).
    private static IEnumerable<IReadOnlyList<string?>> Rows()
    {
        for (int i = 0; i < Total; i++)
        {
            yield return i % 10 == 7 ? new string?[] { "broken@", "" } : new string?[] { $"user{i}@example.com", "Ada" };
        }
    }

    [Fact]
    public async Task Rows_facebook_did_not_receive_are_not_accepted_and_resume_sends_exactly_them()
    {
        await using FakeAudienceEndpoint endpoint = await FakeAudienceEndpoint.StartAsync();
        bool shortAnswer = true;
        endpoint.NumReceived = b => shortAnswer && b.BatchSeq == 2 ? 9_000 : null;
        endpoint.Invalid = b => b.BatchSeq == 2 ? (3, "sample") : (0, null);
        AudienceUploader uploader = endpoint.CreateUploader();

        AudienceUploadResult failed = await uploader.AddAsync(AudienceId, Schema, Rows());

        // Each batch holds 10,000 sendable rows; with every 10th row excluded a batch spans 11,111 or so input rows.
        Assert.Equal(AudienceUploadStatus.Failed, failed.Status);
        var error = Assert.IsType<AudienceBatchNotReceivedException>(failed.Error);
        Assert.Equal((2L, 10_000, 9_000), (error.BatchSeq, error.RowsSent, error.NumReceived));
        IReadOnlyList<ReceivedBatch> first = endpoint.Received;
        Assert.Equal(new long[] { 1, 2 }, first.Select(b => b.BatchSeq));
        long firstNotReceived = SendableRowIndex(19_000);
        Assert.Equal(firstNotReceived, error.FirstRowNotReceived);
        Assert.Equal(firstNotReceived, failed.ResumeFromRow);
        Assert.Equal(new AudienceResumePoint(failed.SessionId, 3, firstNotReceived), failed.ResumePoint);

        Assert.Equal(20_000, failed.RowsSent);
        Assert.Equal(1_000, failed.RowsNotReceived);
        Assert.Equal(3, failed.RowsInvalid);
        Assert.Equal(10_000 + 9_000 - 3, failed.RowsAccepted);
        long excludedBefore = Enumerable.Range(0, (int)firstNotReceived).Count(i => i % 10 == 7);
        Assert.Equal(excludedBefore, failed.RowsRejected);
        AudienceBatchOutcome partial = failed.Batches[1];
        Assert.Equal((9_000, 3, firstNotReceived), (partial.NumReceived, partial.NumInvalidEntries, partial.EndRow));

        shortAnswer = false;
        AudienceUploadResult resumed = await uploader.AddAsync(AudienceId, Schema, Rows(), new AudienceUploadOptions { Resume = failed.ResumePoint });

        Assert.Equal(AudienceUploadStatus.Completed, resumed.Status);
        IReadOnlyList<ReceivedBatch> after = endpoint.Received.Skip(2).ToList();
        Assert.Equal(3, after[0].BatchSeq);
        Assert.Equal("user" + firstNotReceived + "@example.com", Unhashed(after[0].FirstRow[0].GetString()!, firstNotReceived));
        const int sendable = Total - (Total / 10);
        Assert.Equal(sendable - 19_000, after.Sum(b => b.RowCount));              // exactly the rows not yet delivered
        Assert.Equal(sendable - 3, failed.RowsAccepted + resumed.RowsAccepted);
        Assert.Equal(Total, failed.RowsAccepted + failed.RowsInvalid + failed.RowsRejected + resumed.RowsRead);
    }

    [Fact]
    public async Task An_answer_without_num_received_delivers_nothing()
    {
        bool sent = false;
        var uploader = new AudienceUploader((request, _) =>
        {
            sent = true;
            return Task.FromResult(new AudienceUsersResponse { NumInvalidEntries = 0 });
        });

        AudienceUploadResult result = await uploader.AddAsync(AudienceId, Schema, Rows().Take(5));

        Assert.True(sent);
        Assert.Equal(AudienceUploadStatus.Failed, result.Status);
        Assert.Null(Assert.IsType<AudienceBatchNotReceivedException>(result.Error).NumReceived);
        Assert.Equal(0, result.RowsAccepted);
        Assert.Equal(0, result.ResumeFromRow);
    }

    // The input index of the n-th (0-based) row that is sent: rows 7, 17, ... are skipped.
    private static long SendableRowIndex(long n) => (n / 9 * 10) + (n % 9 < 7 ? n % 9 : (n % 9) + 1);

    // The fake only sees hashes; map the one expected back to its text for a readable assertion.
    private static string Unhashed(string hash, long row) =>
        hash == AudienceHasher.Sha256Hex($"user{row}@example.com") ? $"user{row}@example.com" : hash;
}
