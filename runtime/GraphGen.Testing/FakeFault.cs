using System;
using System.Globalization;

namespace GraphGen.Testing;

/// <summary>
/// A failure or slowdown to inject into a <see cref="FakeGraph"/> route with <see cref="FakeGraph.Inject"/>: a Graph
/// error, throttling with the usage headers Graph sends, or latency in front of the normal answer.
/// </summary>
public sealed record FakeFault
{
    /// <summary>The answer sent instead of the normal one, or <c>null</c> to answer normally (after <see cref="Latency"/>).</summary>
    public FakeResponse? Response { get; init; }

    /// <summary>Extra wait before the answer (real time; ignored for items of a batch).</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>A Graph error: <c>{"error": {"message", "type", "code", "error_subcode", "is_transient", "fbtrace_id"}}</c>.</summary>
    /// <param name="code">The <c>error.code</c>, e.g. 2 (temporary service error) or 190 (invalid token).</param>
    /// <param name="subcode">The <c>error.error_subcode</c>, or <c>null</c>.</param>
    /// <param name="isTransient">The <c>error.is_transient</c> flag.</param>
    /// <param name="message">The message; <c>null</c> for Graph's generic one.</param>
    /// <param name="statusCode">The HTTP status. Default 400 (Graph uses 500 for code 1/2).</param>
    /// <returns>The fault.</returns>
    public static FakeFault Error(int code, int? subcode = null, bool isTransient = false, string? message = null, int statusCode = 400) => new()
    {
        Response = GraphResponses.Error(code, subcode, message ?? "An unexpected error has occurred. Please retry your request later.", isTransient, statusCode),
    };

    /// <summary>
    /// Throttling as Graph sends it (HTTP 400/403 with an error code, never 429): app and user limits (4, 17, 32, 613)
    /// with <c>X-App-Usage</c> at 100%; business use case limits (80000–80014, e.g. 80003 custom audiences, 80004 ads
    /// management) with <c>X-Business-Use-Case-Usage</c> including <c>estimated_time_to_regain_access</c>.
    /// </summary>
    /// <param name="code">The error code. Default 4 (application request limit).</param>
    /// <param name="regainAccessMinutes">The <c>estimated_time_to_regain_access</c> of business use case limits, in minutes.</param>
    /// <param name="businessId">The business (or ad account) id keying the usage header.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Throttle(int code = 4, int regainAccessMinutes = 0, string businessId = "1234567890")
    {
        if (code is >= 80000 and <= 80014)
        {
            string usage = "{\"" + businessId + "\":[{\"type\":\"" + UseCaseOf(code) + "\",\"call_count\":100,\"total_cputime\":38,\"total_time\":42,\"estimated_time_to_regain_access\":" +
                regainAccessMinutes.ToString(CultureInfo.InvariantCulture) + "}]}";
            int? subcode = code == 80004 ? 2446079 : null;
            return new FakeFault
            {
                Response = GraphResponses.Error(code, subcode, "There have been too many calls from this ad-account. Wait a bit and try again.", isTransient: true)
                    .WithHeader("X-Business-Use-Case-Usage", usage),
            };
        }

        (string message, int status) = code switch
        {
            4 => ("Application request limit reached", 403),
            17 => ("User request limit reached", 403),
            32 => ("Page request limit reached", 403),
            613 => ("Calls to this api have exceeded the rate limit.", 400),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Throttling codes are 4, 17, 32, 613 and 80000-80014."),
        };
        return new FakeFault
        {
            Response = GraphResponses.Error(code, null, message, isTransient: true, statusCode: status)
                .WithHeader("X-App-Usage", "{\"call_count\":100,\"total_cputime\":12,\"total_time\":15}"),
        };
    }

    /// <summary>The normal answer, <paramref name="latency"/> later.</summary>
    /// <param name="latency">The wait.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Delay(TimeSpan latency) => new() { Latency = latency };

    /// <summary>Any scripted answer instead of the normal one.</summary>
    /// <param name="response">The answer.</param>
    /// <returns>The fault.</returns>
    public static FakeFault Respond(FakeResponse response) => new() { Response = response ?? throw new ArgumentNullException(nameof(response)) };

    // The use-case types of X-Business-Use-Case-Usage (Graph API rate limiting reference), by error code.
    private static string UseCaseOf(int code) => code switch
    {
        80000 => "ads_insights",
        80001 => "pages",
        80002 => "instagram",
        80003 => "custom_audience",
        80004 => "ads_management",
        80005 => "leadgen",
        80006 => "messenger",
        80008 => "whatsapp_business_management",
        80009 => "catalog_management",
        80014 => "catalog_batch",
        _ => "ads_management",
    };
}
