using System;
using System.Collections.Generic;
using System.Text.Json;

namespace GraphGen.Runtime.Audiences;

/// <summary>The answer to <c>POST/DELETE /{custom_audience_id}/users</c>.</summary>
public sealed record AudienceUsersResponse
{
    /// <summary><c>audience_id</c>.</summary>
    public string? AudienceId { get; init; }

    /// <summary><c>session_id</c> (a numeric string).</summary>
    public string? SessionId { get; init; }

    /// <summary>
    /// <c>num_received</c>: rows Facebook received in this request; <c>null</c> when the answer did not say (the
    /// uploader then counts none of the batch as delivered).
    /// </summary>
    public int? NumReceived { get; init; }

    /// <summary><c>num_invalid_entries</c>: rows it could not use.</summary>
    public int NumInvalidEntries { get; init; }

    /// <summary><c>invalid_entry_samples</c>: some invalid values and why.</summary>
    public IReadOnlyDictionary<string, string> InvalidEntrySamples { get; init; } = new Dictionary<string, string>();

    /// <summary>Reads the response object; unknown fields are skipped.</summary>
    public static AudienceUsersResponse Read(ref GraphJsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected the /users response object.");
        }

        string? audienceId = null;
        string? sessionId = null;
        int? received = null;
        int invalid = 0;
        Dictionary<string, string> samples = new(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            string name = GraphJson.Text(ref reader)!;
            reader.Read();
            switch (name)
            {
                case "audience_id": audienceId = GraphJson.ReadId(ref reader); break;
                case "session_id": sessionId = GraphJson.ReadId(ref reader); break;
                case "num_received": received = ReadCount(ref reader); break;
                case "num_invalid_entries": invalid = ReadCount(ref reader) ?? 0; break;
                case "invalid_entry_samples": ReadSamples(ref reader, samples); break;
                default: GraphJson.Skip(ref reader); break;
            }
        }

        return new AudienceUsersResponse
        {
            AudienceId = audienceId, SessionId = sessionId, NumReceived = received, NumInvalidEntries = invalid,
            InvalidEntrySamples = samples,
        };
    }

    // Graph sends counts as numbers here, but numeric strings elsewhere in the same API (custom audience session).
    // Anything else (a fraction, a negative or out-of-range count) is not a count: the answer is unreadable.
    private static int? ReadCount(ref GraphJsonReader reader)
    {
        int? count = GraphJson.ReadInt32(ref reader);
        if (count < 0) throw new JsonException($"Expected a non-negative count but found {reader.TokenType} at byte {reader.TokenStartIndex}.");
        return count;
    }

    // Documented as {"<value>": "<reason>"}; an array of values is accepted too.
    private static void ReadSamples(ref GraphJsonReader reader, Dictionary<string, string> samples)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string value = GraphJson.Text(ref reader)!;
                reader.Read();
                string reason = reader.TokenType == JsonTokenType.String ? GraphJson.Text(ref reader)! : string.Empty;
                if (reader.TokenType != JsonTokenType.String) GraphJson.Skip(ref reader);
                samples[value] = reason;
            }
        }
        else if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.String) samples[GraphJson.Text(ref reader)!] = string.Empty;
                else GraphJson.Skip(ref reader);
            }
        }
        else
        {
            GraphJson.Skip(ref reader);
        }
    }
}
