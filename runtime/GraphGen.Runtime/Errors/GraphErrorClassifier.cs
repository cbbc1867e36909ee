namespace GraphGen.Runtime;

/// <summary>
/// The built-in classification of Graph's documented, platform-wide error codes
/// (developers.facebook.com/docs/graph-api/guides/error-handling and .../overview/rate-limiting).
/// Consulted after the request's and the options' classifiers when they answer <see cref="GraphErrorCategory.Other"/>.
/// </summary>
public sealed class GraphErrorClassifier : IGraphErrorClassifier
{
    /// <summary>The shared instance (stateless).</summary>
    public static GraphErrorClassifier Default { get; } = new();

    /// <inheritdoc />
    public GraphErrorCategory Classify(int code, int? subcode)
    {
        // Graph sends throttling as HTTP 400/403 with these codes, not as 429.
        // 4 app, 17 user, 32 page, 613 custom, 341 application limit, 80000-80014 business use case limits.
        if (code is 4 or 17 or 32 or 341 or 613 || (code >= 80000 && code <= 80014)) return GraphErrorCategory.RateLimit;

        // 1 "API Unknown" and 2 "API Service" are documented as temporary: retry after a wait.
        if (code is 1 or 2) return GraphErrorCategory.Transient;

        // 190 invalid/expired token, 102 session key invalid, 463/467 expired/invalid token subcodes.
        if (code is 102 or 190) return GraphErrorCategory.Auth;

        // 3 capability, 10 permission denied, 200-299 permission errors.
        if (code is 3 or 10 || (code >= 200 && code <= 299)) return GraphErrorCategory.Permission;

        // 100 invalid parameter, 506 duplicate post, 1609005 link error.
        if (code is 100 or 506 or 1609005) return GraphErrorCategory.Validation;

        return GraphErrorCategory.Other;
    }
}
