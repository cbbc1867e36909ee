using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Facebook;
using GraphGen.Runtime;
using GraphGen.Runtime.Audiences;
using GraphGen.Testing;
using static System.FormattableString;

namespace GraphGen.Sample.Scenarios;

/// <summary>
/// Uploads 25,000 customer-file rows (EMAIL, FN, LN, ZIP) to a custom audience in one session of 10,000-row batches,
/// with a progress bar, while the fake throttles the first batch once (error 80003): the client retries it, and the
/// attempt log shows the retry. Fake only: it writes.
/// </summary>
internal static class AudienceUploadScenario
{
    private const int RowCount = 25_000;
    private static readonly AudienceKey[] Schema = { AudienceKey.Email, AudienceKey.FirstName, AudienceKey.LastName, AudienceKey.Zip };
    private static readonly string[] FirstNames = { "Ada", "Grace", "Alan", "Katherine", "Edsger", "Barbara", "Donald", "Frances", "Tim", "Margaret" };
    private static readonly string[] LastNames = { "Lovelace", "Hopper", "Turing", "Johnson", "Dijkstra", "Liskov", "Knuth", "Allen", "Berners-Lee", "Hamilton" };

    public static async Task RunAsync(SampleContext context, CancellationToken cancellationToken)
    {
        FakeGraph fake = context.Fake ?? throw new InvalidOperationException("The upload scenario writes, so it runs against the fake only.");
        string audienceId = FakeGraphSeed.CustomAudienceId;
        context.Report.Heading("Upload a customer file to a custom audience");

        // Custom-audience throttling (80003) on the first /users request; Graph sends it as HTTP 400, not 429.
        FakeFaultRule throttle = fake.Inject("POST", $"/{GraphApi.ApiVersion}/{audienceId}/users", FakeFault.Throttle(80003), times: 1);

        IReadOnlyList<string?>[] rows = CustomerFile().ToArray();
        var progress = new UploadProgressBar(context.Report.Output, rows.Length, context.Interactive);
        int before = context.Attempts.Count;
        var uploader = new AudienceUploader(context.Graph.Client);
        // Sent through the generated POST /{id}/users request; every batch's answer is the generated result type.
        var users = context.Graph.CustomAudiences[audienceId].Users;
        long received = 0;
        AudienceUploadResult result = await uploader.UploadAsync(users.ToAddRequest(new CustomAudienceUsersAdd()), Schema, rows,
            new AudienceUploadOptions { Progress = progress }, answer => received += answer.NumReceived ?? 0, cancellationToken)
            .ConfigureAwait(false);
        progress.Complete();
        if (result.Status != AudienceUploadStatus.Completed) throw result.Error ?? new InvalidOperationException($"The upload ended {result.Status}.");

        string keys = string.Join(", ", Schema.Select(AudienceKeys.WireName));
        context.Report.Line(Invariant($"{result.RowsRead:N0} rows ({keys}) normalized, hashed and sent: {result.RowsAccepted:N0} accepted, {result.RowsInvalid:N0} invalid, {result.RowsRejected:N0} rejected locally"));
        context.Report.Line(Invariant($"Facebook's answers (CustomAudienceUsersResult) counted {received:N0} rows received"));
        FakeAudienceSession session = fake.AudienceUploads.Session(result.SessionId)
            ?? throw new InvalidOperationException("The fake recorded no session for the upload.");
        string sizes = string.Join(" + ", session.Batches.Select(b => Invariant($"{b.Rows:N0}")));
        context.Report.Line(Invariant($"session {session.SessionId}: batch_seq {session.BatchSeqs[0]}..{session.BatchSeqs[^1]} ({sizes} rows), last_batch_flag on batch_seq {session.Batches.Last(b => b.LastBatchFlag).BatchSeq}"));
        ReportThrottling(context, context.Attempts.Since(before), throttle);

        CustomAudience audience = await context.Graph.CustomAudiences[audienceId]
            .GetAsync(f => f.Name.ApproximateCountLowerBound, cancellationToken: cancellationToken).ConfigureAwait(false);
        context.Report.Line(Invariant($"audience \"{audience.Name}\" now has about {audience.ApproximateCountLowerBound:N0} people"));
    }

    // The retry as OnAttempt saw it: the failed attempt carries the error and the wait before the next one.
    private static void ReportThrottling(SampleContext context, IReadOnlyList<GraphAttempt> attempts, FakeFaultRule throttle)
    {
        GraphAttempt? throttled = attempts.FirstOrDefault(a => a.Error is GraphApiException { Category: GraphErrorCategory.RateLimit });
        if (throttled is null)
        {
            context.Report.Line(Invariant($"no throttling seen ({throttle.Hits} injected)"));
            return;
        }

        var error = (GraphApiException)throttled.Error!;
        GraphAttempt? next = attempts.FirstOrDefault(a => a.AttemptNumber == throttled.AttemptNumber + 1 && a.Error is null);
        context.Report.Line(Invariant($"attempt {throttled.AttemptNumber} throttled (code {error.Code}, HTTP {(int?)throttled.StatusCode}); retried after throttling: waited {throttled.RetryDelay?.TotalSeconds ?? 0:0.00} s, attempt {next?.AttemptNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} succeeded"));
    }

    // A deterministic customer file: the same 25,000 people on every run.
    private static IEnumerable<IReadOnlyList<string?>> CustomerFile()
    {
        for (int i = 0; i < RowCount; i++)
        {
            string first = FirstNames[i % FirstNames.Length];
            string last = LastNames[i / FirstNames.Length % LastNames.Length];
            string zip = (10_000 + i * 7 % 89_999).ToString("00000", System.Globalization.CultureInfo.InvariantCulture);
            yield return new string?[] { Invariant($"{first}.{last}.{i}@Example.com"), first, last, zip };
        }
    }
}
