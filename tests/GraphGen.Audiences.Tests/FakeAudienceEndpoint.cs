using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using GraphGen.Runtime;
using GraphGen.Runtime.Audiences;
using GraphGen.Testing;

namespace GraphGen.Audiences.Tests;

/// <summary>One /users request as the fake endpoint saw it.</summary>
internal sealed record ReceivedBatch(
    string Method, string Path, long SessionId, long BatchSeq, bool LastBatchFlag, long? EstimatedTotal, bool IsRaw,
    string[] Schema, int RowCount, JsonElement FirstRow, JsonElement Payload);

/// <summary>
/// The fake Graph server scripted as <c>/{custom_audience_id}/users</c>: parses each payload, records it, and answers
/// like Facebook, or with the fault the test asks for.
/// </summary>
internal sealed class FakeAudienceEndpoint : IAsyncDisposable
{
    private readonly object _gate = new();
    private readonly List<ReceivedBatch> _received = new();
    private readonly HttpClient _http = GraphHttp.CreateHttpClient();

    private FakeAudienceEndpoint(FakeGraphServer server) => Server = server;

    public FakeGraphServer Server { get; private set; }

    /// <summary>Answer for the n-th request (1-based): null = success.</summary>
    public Func<int, ReceivedBatch, FakeResponse?> Fault { get; set; } = (_, _) => null;

    /// <summary>Facebook's <c>num_received</c> per request: null = every row sent.</summary>
    public Func<ReceivedBatch, int?> NumReceived { get; set; } = _ => null;

    /// <summary>Facebook's invalid count and samples per request: null = none.</summary>
    public Func<ReceivedBatch, (int Invalid, string? Sample)> Invalid { get; set; } = _ => (0, null);

    public IReadOnlyList<ReceivedBatch> Received
    {
        get { lock (_gate) return _received.ToArray(); }
    }

    public static async Task<FakeAudienceEndpoint> StartAsync()
    {
        FakeGraphServer server = await FakeGraphServer.StartAsync();
        server.RecordRequests = false; // payloads are large; this class keeps what the tests need
        var endpoint = new FakeAudienceEndpoint(server);
        server.On(null, "/v25.0/*/users").Handle(endpoint.Answer);
        return endpoint;
    }

    public AudienceUploader CreateUploader()
    {
        var client = new GraphClient(_http, new GraphClientOptions
        {
            BaseAddress = Server.BaseAddress,
            AccessToken = "test-token",
            ApiVersion = "v25.0",
            Retry = new GraphRetryOptions { MaxAttempts = 1 }, // the uploader's own retries are under test
        });
        return new AudienceUploader(client);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }

    private FakeResponse Answer(RecordedRequest request)
    {
        using JsonDocument doc = JsonDocument.Parse(request.Form["payload"]);
        JsonElement payload = doc.RootElement.Clone();
        JsonElement session = payload.GetProperty("session");
        JsonElement data = payload.GetProperty("data");
        var schema = new List<string>();
        foreach (JsonElement key in payload.GetProperty("schema").EnumerateArray()) schema.Add(key.GetString()!);
        var batch = new ReceivedBatch(
            request.Method,
            request.Path,
            session.GetProperty("session_id").GetInt64(),
            session.GetProperty("batch_seq").GetInt64(),
            session.GetProperty("last_batch_flag").GetBoolean(),
            session.TryGetProperty("estimated_num_total", out JsonElement total) ? total.GetInt64() : null,
            payload.GetProperty("is_raw").GetBoolean(),
            schema.ToArray(),
            data.GetArrayLength(),
            data.GetArrayLength() > 0 ? data[0] : default,
            payload);

        int n;
        lock (_gate)
        {
            _received.Add(batch);
            n = _received.Count;
        }

        if (Fault(n, batch) is { } fault) return fault;
        (int invalid, string? sample) = Invalid(batch);
        string samples = sample is null ? "{}" : "{\"" + sample + "\":\"Invalid email\"}";
        return FakeResponse.Json(
            "{\"audience_id\":\"23850000000000000\",\"session_id\":\"" + batch.SessionId.ToString(CultureInfo.InvariantCulture) +
            "\",\"num_received\":" + (NumReceived(batch) ?? batch.RowCount).ToString(CultureInfo.InvariantCulture) +
            ",\"num_invalid_entries\":" + invalid.ToString(CultureInfo.InvariantCulture) +
            ",\"invalid_entry_samples\":" + samples + "}");
    }
}

/// <summary>Records the uploader's waits instead of sleeping.</summary>
internal sealed class RecordedDelays
{
    private readonly List<TimeSpan> _waits = new();

    public IReadOnlyList<TimeSpan> Waits
    {
        get { lock (_waits) return _waits.ToArray(); }
    }

    public Task Delay(TimeSpan wait, CancellationToken cancellationToken)
    {
        lock (_waits) _waits.Add(wait);
        return Task.CompletedTask;
    }
}

/// <summary>An <see cref="IProgress{T}"/> that records synchronously (Progress&lt;T&gt; posts to a thread pool).</summary>
internal sealed class RecordedProgress : IProgress<AudienceUploadProgress>
{
    private readonly List<AudienceUploadProgress> _reports = new();

    public Action<AudienceUploadProgress>? OnReport { get; set; }

    public IReadOnlyList<AudienceUploadProgress> Reports
    {
        get { lock (_reports) return _reports.ToArray(); }
    }

    public void Report(AudienceUploadProgress value)
    {
        lock (_reports) _reports.Add(value);
        OnReport?.Invoke(value);
    }
}
