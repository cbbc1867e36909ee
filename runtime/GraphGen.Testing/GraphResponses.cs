using System.Globalization;
using System.Text.Json;

namespace GraphGen.Testing;

/// <summary>Graph-shaped responses for scripting a <see cref="FakeGraphServer"/>: errors, throttling, pages.</summary>
public static class GraphResponses
{
    /// <summary>A Graph error body: <c>{"error": {"message", "type", "code", "error_subcode", "is_transient", "fbtrace_id"}}</c>.</summary>
    /// <param name="code">The <c>error.code</c>.</param>
    /// <param name="subcode">The <c>error.error_subcode</c>, or <c>null</c> to omit it.</param>
    /// <param name="message">The <c>error.message</c>.</param>
    /// <param name="isTransient">The <c>error.is_transient</c> flag.</param>
    /// <param name="statusCode">The HTTP status (Graph uses 400 for most errors, 403 for some throttling, 500 for unknown).</param>
    /// <param name="type">The <c>error.type</c>.</param>
    /// <returns>The response.</returns>
    public static FakeResponse Error(int code, int? subcode = null, string message = "An error occurred", bool isTransient = false,
        int statusCode = 400, string type = "OAuthException")
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("error");
            writer.WriteString("message", message);
            writer.WriteString("type", type);
            writer.WriteNumber("code", code);
            if (subcode is { } s) writer.WriteNumber("error_subcode", s);
            writer.WriteBoolean("is_transient", isTransient);
            writer.WriteString("fbtrace_id", "AbCdEfGh123");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return FakeResponse.Json(System.Text.Encoding.UTF8.GetString(stream.ToArray()), statusCode);
    }

    /// <summary>
    /// Business-use-case throttling as Graph sends it: HTTP 400, <c>error.code</c> 80004 and an
    /// <c>X-Business-Use-Case-Usage</c> header with <c>estimated_time_to_regain_access</c> in minutes.
    /// </summary>
    /// <param name="regainAccessMinutes">The <c>estimated_time_to_regain_access</c>.</param>
    /// <param name="businessId">The business id in the header.</param>
    /// <returns>The response.</returns>
    public static FakeResponse BusinessUseCaseThrottled(int regainAccessMinutes, string businessId = "1234567890")
    {
        string usage = "{\"" + businessId + "\":[{\"type\":\"ads_management\",\"call_count\":100,\"total_cputime\":25,\"total_time\":25,\"estimated_time_to_regain_access\":" +
            regainAccessMinutes.ToString(CultureInfo.InvariantCulture) + "}]}";
        return Error(80004, 2446079, "There have been too many calls to this ad-account.", statusCode: 400)
            .WithHeader("X-Business-Use-Case-Usage", usage);
    }

    /// <summary>App-level throttling: HTTP 403, <c>error.code</c> 4 and <c>X-App-Usage</c> at 100%.</summary>
    /// <returns>The response.</returns>
    public static FakeResponse AppThrottled() =>
        Error(4, null, "Application request limit reached", statusCode: 403)
            .WithHeader("X-App-Usage", "{\"call_count\":100,\"total_cputime\":40,\"total_time\":50}");

    /// <summary>A page: <c>{"data": [items], "paging": {"cursors": {...}, "next": ...}}</c>.</summary>
    /// <param name="itemsJson">The items as JSON values joined by commas, e.g. <c>{"id":"1"},{"id":"2"}</c>.</param>
    /// <param name="next">The absolute <c>next</c> URL, or <c>null</c> for the last page.</param>
    /// <param name="after">The <c>after</c> cursor, or <c>null</c>.</param>
    /// <returns>The response.</returns>
    public static FakeResponse Page(string itemsJson, string? next, string? after = null)
    {
        string paging = next is null && after is null ? string.Empty :
            ",\"paging\":{" + (after is null ? string.Empty : "\"cursors\":{\"before\":\"b\",\"after\":" + JsonSerializerString(after) + "}") +
            (next is null ? string.Empty : (after is null ? string.Empty : ",") + "\"next\":" + JsonSerializerString(next)) + "}";
        return FakeResponse.Json("{\"data\":[" + itemsJson + "]" + paging + "}");
    }

    private static string JsonSerializerString(string value) => JsonEncodedText.Encode(value, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() is { } s ? "\"" + s + "\"" : "\"\"";
}
