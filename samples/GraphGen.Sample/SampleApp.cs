using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Facebook;
using GraphGen.Runtime;
using GraphGen.Sample.Scenarios;
using GraphGen.Testing;

namespace GraphGen.Sample;

/// <summary>
/// The sample's entry point, callable from tests: runs every scenario against an in-process <see cref="FakeGraph"/>
/// serving <see cref="GraphApi.Schema"/>, or with <c>--live</c> only the read-only ones against graph.facebook.com.
/// </summary>
public static class SampleApp
{
    /// <summary>Runs the sample and writes the report.</summary>
    /// <param name="args">Command-line arguments: none, or <c>--live</c>.</param>
    /// <param name="output">Where the report goes.</param>
    /// <param name="interactive">Whether <paramref name="output"/> is a terminal (animated progress bar) or redirected (progress lines).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The exit code: 0 when every scenario succeeded, 1 on a failure, 2 on bad usage.</returns>
    public static async Task<int> RunAsync(string[] args, TextWriter output, bool interactive, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Any(a => a != "--live"))
        {
            output.WriteLine("Usage: GraphGen.Sample [--live]   (--live needs GRAPH_ACCESS_TOKEN, optionally GRAPH_APP_SECRET)");
            return 2;
        }

        try
        {
            return args.Contains("--live")
                ? await RunLiveAsync(output, interactive, cancellationToken).ConfigureAwait(false)
                : await RunFakeAsync(output, interactive, cancellationToken).ConfigureAwait(false);
        }
        catch (GraphException ex)
        {
            // Graph exception messages are redacted by the runtime: no token or app secret can appear here.
            output.WriteLine();
            output.WriteLine($"FAILED: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }

    private static async Task<int> RunFakeAsync(TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        await using FakeGraph fake = await FakeGraph.StartAsync(GraphApi.Schema, cancellationToken: cancellationToken).ConfigureAwait(false);
        output.WriteLine(FormattableString.Invariant($"GraphGen sample against the in-process fake Graph API at {fake.BaseAddress} (schema {GraphApi.Schema.ApiVersion}, {GraphApi.Schema.Types.Count} types)"));

        var attempts = new AttemptLog();
        GraphClientOptions options = GraphApi.CreateOptions();
        options.AccessToken = "EAAB-sample-token-for-the-fake";
        options.BaseAddress = fake.BaseAddress;
        options.OnAttempt = attempts.Record;

        // Short waits: the fake throttles on purpose and asks for no particular wait, so the client's own backoff applies.
        options.Retry = new GraphRetryOptions { BaseDelay = TimeSpan.FromMilliseconds(250), MaxDelay = TimeSpan.FromSeconds(1) };

        using HttpClient http = GraphHttp.CreateHttpClient();
        var context = new SampleContext(new GraphApi(new GraphClient(http, options)), new SampleReport(output), attempts, fake, interactive);
        await ReadProfileScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
        await PageAlbumsScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
        await UpdateProfileScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
        await AudienceUploadScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
        Summarize(context);
        return 0;
    }

    private static async Task<int> RunLiveAsync(TextWriter output, bool interactive, CancellationToken cancellationToken)
    {
        string? token = Environment.GetEnvironmentVariable("GRAPH_ACCESS_TOKEN");
        if (string.IsNullOrWhiteSpace(token))
        {
            output.WriteLine("--live needs the GRAPH_ACCESS_TOKEN environment variable (and optionally GRAPH_APP_SECRET).");
            return 2;
        }

        var attempts = new AttemptLog();
        GraphClientOptions options = GraphApi.CreateOptions();
        options.AccessToken = token;
        options.AppSecret = Environment.GetEnvironmentVariable("GRAPH_APP_SECRET") is { Length: > 0 } secret ? secret : null;
        options.OnAttempt = attempts.Record;
        output.WriteLine($"GraphGen sample, read-only, against {options.BaseAddress} ({options.ApiVersion}{(options.AppSecret is null ? string.Empty : ", with appsecret_proof")})");

        using HttpClient http = GraphHttp.CreateHttpClient();
        var context = new SampleContext(new GraphApi(new GraphClient(http, options)), new SampleReport(output), attempts, null, interactive);
        await ReadProfileScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
        await PageAlbumsScenario.RunAsync(context, cancellationToken).ConfigureAwait(false);
        Summarize(context);
        return 0;
    }

    private static void Summarize(SampleContext context)
    {
        var all = context.Attempts.Since(0);
        int retries = all.Count(a => a.AttemptNumber > 1);
        context.Report.Heading("Summary");
        context.Report.Line(FormattableString.Invariant($"{all.Count:N0} HTTP requests, {retries:N0} of them retries; all scenarios succeeded."));
    }
}
