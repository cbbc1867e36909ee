namespace GraphGen.Runtime;

/// <summary>Tag names on GraphGen's spans and measurements: OpenTelemetry's HTTP conventions plus Graph's own.</summary>
internal static class GraphTelemetryTags
{
    public const string HttpRequestMethod = "http.request.method";
    public const string HttpResponseStatusCode = "http.response.status_code";
    public const string HttpResendCount = "http.request.resend_count";
    public const string UrlFull = "url.full";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string ErrorType = "error.type";

    public const string GraphErrorCode = "graph.error.code";
    public const string GraphErrorSubcode = "graph.error.subcode";
    public const string GraphErrorCategory = "graph.error.category";
    public const string GraphFbTraceId = "graph.fbtrace_id";
    public const string GraphAttempts = "graph.attempts";
    public const string GraphUsageMetric = "graph.usage.metric";
    public const string GraphBusinessId = "graph.business_id";
    public const string GraphBusinessUseCaseType = "graph.business_use_case.type";
    public const string GraphAdAccountId = "graph.ad_account_id";
}
