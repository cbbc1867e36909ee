namespace GraphGen.Runtime;

/// <summary>How an error is handled: retried (rate limit, transient), re-authenticated, or reported.</summary>
public enum GraphErrorCategory
{
    /// <summary>Not classified by the catalog.</summary>
    Other,

    /// <summary>Throttling: retry after waiting as the usage headers say.</summary>
    RateLimit,

    /// <summary>A temporary failure on Facebook's side: retry with backoff.</summary>
    Transient,

    /// <summary>The access token is invalid or expired.</summary>
    Auth,

    /// <summary>The token lacks a permission.</summary>
    Permission,

    /// <summary>The request is invalid: fix it, do not retry.</summary>
    Validation,
}
