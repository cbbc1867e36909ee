using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>Parses the JSON values of Graph's usage headers. Malformed values give <c>null</c>: usage is advisory.</summary>
internal static class UsageHeaderParser
{
    // {"call_count":28,"total_time":25,"total_cputime":25}
    public static GraphCallUsage? ParseCallUsage(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return null;
            return new GraphCallUsage(Number(doc.RootElement, "call_count"), Number(doc.RootElement, "total_cputime"),
                Number(doc.RootElement, "total_time"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // {"acc_id_util_pct":9.67,"reset_time_duration":0,"ads_api_access_tier":"development_access"}
    public static GraphAdAccountUsage? ParseAdAccountUsage(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            double reset = Number(root, "reset_time_duration");
            return new GraphAdAccountUsage(Number(root, "acc_id_util_pct"), reset > 0 ? TimeSpan.FromSeconds(reset) : null,
                root.TryGetProperty("ads_api_access_tier", out JsonElement tier) && tier.ValueKind == JsonValueKind.String ? tier.GetString() : null);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // {"<business id>":[{"type":"ads_management","call_count":95,"total_cputime":20,"total_time":20,"estimated_time_to_regain_access":19}]}
    public static IReadOnlyList<GraphBusinessUseCaseUsage> ParseBusinessUseCaseUsage(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return Array.Empty<GraphBusinessUseCaseUsage>();
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return Array.Empty<GraphBusinessUseCaseUsage>();
            var result = new List<GraphBusinessUseCaseUsage>();
            foreach (JsonProperty business in doc.RootElement.EnumerateObject())
            {
                if (business.Value.ValueKind != JsonValueKind.Array) continue;
                foreach (JsonElement entry in business.Value.EnumerateArray())
                {
                    if (entry.ValueKind != JsonValueKind.Object) continue;
                    double minutes = Number(entry, "estimated_time_to_regain_access");
                    result.Add(new GraphBusinessUseCaseUsage(business.Name,
                        entry.TryGetProperty("type", out JsonElement type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null,
                        Number(entry, "call_count"), Number(entry, "total_cputime"), Number(entry, "total_time"),
                        minutes > 0 ? TimeSpan.FromMinutes(minutes) : null));
                }
            }

            return result;
        }
        catch (JsonException)
        {
            return Array.Empty<GraphBusinessUseCaseUsage>();
        }
    }

    public static TimeSpan? ParseRetryAfterSeconds(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds) ? TimeSpan.FromSeconds(seconds) : null;

    private static double Number(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out JsonElement value)) return 0;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double d)) return d;
        if (value.ValueKind == JsonValueKind.String &&
            double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out d)) return d;
        return 0;
    }
}
