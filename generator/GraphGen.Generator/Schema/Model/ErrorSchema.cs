using GraphGen.Generator.Diagnostics;

namespace GraphGen.Generator.Schema.Model;

/// <summary>How the runtime treats an error code (retry, re-authenticate, fix the request...).</summary>
public enum ErrorCategory
{
    Other,
    RateLimit,
    Transient,
    Auth,
    Permission,
    Validation,
}

/// <summary>An entry of the error-code catalog.</summary>
public sealed record ErrorSchema(int Code, string Name, ErrorCategory Category, string Description, LocationInfo Location);
