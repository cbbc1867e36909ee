using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GraphGen.Testing;

/// <summary>
/// <c>POST</c>/<c>DELETE /{custom_audience_id}/users</c>: reads the <c>payload</c> (and <c>session</c>) form fields,
/// records the batch and answers as Facebook does. The session may be its own form field (the reference page's
/// parameter list, used by generated code) or nested in <c>payload</c> (Facebook's own examples); both are accepted.
/// </summary>
internal sealed class AudienceUsersEndpoint
{
    private readonly FakeGraphData _data;
    private readonly FakeAudienceUploads _uploads;
    private long _nextSessionId = 7_000_000_001;

    public AudienceUsersEndpoint(FakeGraphData data, FakeAudienceUploads uploads)
    {
        _data = data;
        _uploads = uploads;
    }

    public JsonObject Handle(string audienceId, RecordedRequest request)
    {
        string payloadText = request.Parameter("payload") is { Length: > 0 } p ? p : throw GraphErrorException.MissingParameter("payload");
        JsonObject payload = ParseObject(payloadText, "payload");
        IReadOnlyList<string> schema = payload["schema"] switch
        {
            JsonArray keys => keys.Select(k => k?.ToString() ?? string.Empty).ToArray(),
            JsonValue key => new[] { key.ToString() },
            _ => throw GraphErrorException.InvalidParameter("payload.schema is required"),
        };
        JsonArray rows = payload["data"] as JsonArray ?? throw GraphErrorException.InvalidParameter("payload.data must be an array of rows");

        JsonObject? session = request.Parameter("session") is { Length: > 0 } s ? ParseObject(s, "session") : payload["session"] as JsonObject;
        long sessionId = Number(session?["session_id"]) ?? _nextSessionId++;
        long batchSeq = Number(session?["batch_seq"]) ?? 1;
        bool last = session?["last_batch_flag"] is JsonValue flag ? flag.ToString() is "true" or "1" : session is null;
        long? estimated = Number(session?["estimated_num_total"]);

        var samples = new JsonObject();
        int invalid = 0;
        foreach (JsonNode? row in rows)
        {
            // A single-key schema may list plain values instead of one-element rows.
            if (row is JsonArray values ? values.Count == schema.Count : schema.Count == 1 && row is JsonValue) continue;
            invalid++;
            if (samples.Count < 3) samples[SampleKey(row)] = $"Expected {schema.Count} values per row";
        }

        _uploads.Record(new FakeAudienceBatch(audienceId, request.Method.ToUpperInvariant(), sessionId, batchSeq, last, estimated, schema, rows.Count, invalid));
        AdjustSize(audienceId, (rows.Count - invalid) * (request.Method.Equals("DELETE", StringComparison.OrdinalIgnoreCase) ? -1 : 1));

        return new JsonObject
        {
            ["audience_id"] = audienceId,
            ["session_id"] = sessionId.ToString(CultureInfo.InvariantCulture),
            ["num_received"] = rows.Count,
            ["num_invalid_entries"] = invalid,
            ["invalid_entry_samples"] = samples,
        };
    }

    // Keeps approximate_count_* plausible after uploads, so reading the audience back shows the effect.
    private void AdjustSize(string audienceId, long delta)
    {
        if (!_data.TryGetNode(audienceId, out _, out var type, out JsonObject fields)) return;
        foreach (string name in new[] { "approximate_count_lower_bound", "approximate_count_upper_bound" })
        {
            if (type.FindField(name) is null) continue;
            long current = Number(fields[name]) ?? 0;
            fields[name] = Math.Max(0, current + delta);
        }
    }

    private static string SampleKey(JsonNode? row) => row switch
    {
        JsonArray { Count: > 0 } values => values[0]?.ToString() ?? string.Empty,
        null => "null",
        _ => row.ToJsonString(),
    };

    private static JsonObject ParseObject(string text, string name)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw GraphErrorException.InvalidParameter($"Param {name} must be a JSON object");
        }
        catch (JsonException)
        {
            throw GraphErrorException.InvalidParameter($"Param {name} must be a JSON object");
        }
    }

    private static long? Number(JsonNode? node) =>
        node is JsonValue value && long.TryParse(value.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number) ? number : null;
}
