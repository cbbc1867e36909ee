using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>
/// The one parser of Graph's usage headers. It cannot throw: usage is advisory, so a header that is not what Graph
/// sends (not UTF-16 text, not JSON, lone surrogates, <c>1e300</c>, negative or non-finite numbers) is ignored or
/// clamped, and a successful call never fails because of it.
/// </summary>
internal static class UsageHeaderParser
{
    /// <summary>The longest wait a header can express; longer values are clamped to it (no retry policy waits this long).</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    // Percentages above this are noise; clamped so MaxPercent stays a usable number.
    private const double HighestPercent = 1_000;

    // Real usage headers are a few hundred bytes; a business header lists a handful of ids.
    private const int LongestHeader = 16 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // {"call_count":28,"total_time":25,"total_cputime":25}
    public static GraphCallUsage? ParseCallUsage(string? header)
    {
        using JsonDocument? doc = Parse(header);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object) return null;
        JsonElement root = doc.RootElement;
        try
        {
            return new GraphCallUsage(Percent(root, "call_count"), Percent(root, "total_cputime"), Percent(root, "total_time"));
        }
        catch (InvalidOperationException)
        {
            return null; // an escaped lone surrogate in a name: JsonDocument throws when it compares names
        }
    }

    // {"acc_id_util_pct":9.67,"reset_time_duration":0,"ads_api_access_tier":"development_access"}
    public static GraphAdAccountUsage? ParseAdAccountUsage(string? header)
    {
        using JsonDocument? doc = Parse(header);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object) return null;
        JsonElement root = doc.RootElement;
        try
        {
            return new GraphAdAccountUsage(Percent(root, "acc_id_util_pct"), Duration(Number(root, "reset_time_duration"), TimeSpan.TicksPerSecond),
                Text(root, "ads_api_access_tier"));
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    // {"<business id>":[{"type":"ads_management","call_count":95,"total_cputime":20,"total_time":20,"estimated_time_to_regain_access":19}]}
    public static IReadOnlyList<GraphBusinessUseCaseUsage> ParseBusinessUseCaseUsage(string? header)
    {
        using JsonDocument? doc = Parse(header);
        if (doc is null || doc.RootElement.ValueKind != JsonValueKind.Object) return Array.Empty<GraphBusinessUseCaseUsage>();
        var result = new List<GraphBusinessUseCaseUsage>();
        foreach (JsonProperty business in doc.RootElement.EnumerateObject())
        {
            if (business.Value.ValueKind != JsonValueKind.Array || !TryName(business, out string? id)) continue;
            foreach (JsonElement entry in business.Value.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object) continue;
                try
                {
                    result.Add(new GraphBusinessUseCaseUsage(id, Text(entry, "type"),
                        Percent(entry, "call_count"), Percent(entry, "total_cputime"), Percent(entry, "total_time"),
                        Duration(Number(entry, "estimated_time_to_regain_access"), TimeSpan.TicksPerMinute)));
                }
                catch (InvalidOperationException)
                {
                    // This entry has a name that is not text; the others still count.
                }
            }
        }

        return result;
    }

    /// <summary><c>Retry-After</c> in seconds, clamped to <see cref="LongestWait"/>; <c>null</c> unless a non-negative integer.</summary>
    public static TimeSpan? ParseRetryAfterSeconds(string? value)
    {
        if (value is null || value.Length > 32) return null;
        if (ulong.TryParse(value.AsSpan().Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out ulong seconds))
        {
            return seconds >= (ulong)LongestWait.TotalSeconds ? LongestWait : TimeSpan.FromSeconds(seconds);
        }

        // All digits but too long for 64 bits: a very long wait, not a malformed header.
        return value.Length > 0 && IsAllDigits(value) ? LongestWait : null;
    }

    /// <summary>A wait from a parsed header (e.g. the typed <c>Retry-After</c>) clamped to [0, <see cref="LongestWait"/>].</summary>
    public static TimeSpan ClampWait(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > LongestWait ? LongestWait : wait;

    // Strict UTF-8 first: a header that is not valid UTF-16 is not usage data.
    private static JsonDocument? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || header.Length > LongestHeader) return null;
        try
        {
            byte[] utf8 = StrictUtf8.GetBytes(header);
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (EncoderFallbackException)
        {
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static double Percent(JsonElement obj, string name)
    {
        double value = Number(obj, name);
        return value > HighestPercent ? HighestPercent : value;
    }

    // Non-negative and finite, or 0.
    private static double Number(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out JsonElement value)) return 0;
        double d = 0;
        bool ok = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetDouble(out d),
            JsonValueKind.String => TryString(value, out string? s) && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d),
            _ => false,
        };
        return ok && double.IsFinite(d) && d > 0 ? d : 0;
    }

    private static TimeSpan? Duration(double amount, long ticksPerUnit)
    {
        if (amount <= 0) return null;
        double ticks = amount * ticksPerUnit;
        return ticks >= LongestWait.Ticks ? LongestWait : TimeSpan.FromTicks((long)ticks);
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String && TryString(value, out string? s) ? s : null;

    // JsonElement.GetString and JsonProperty.Name throw InvalidOperationException for an escaped lone surrogate.
    private static bool TryString(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    private static bool TryName(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = string.Empty;
            return false;
        }
    }

    private static bool IsAllDigits(string value)
    {
        foreach (char c in value)
        {
            if (!char.IsAsciiDigit(c)) return false;
        }

        return true;
    }
}
