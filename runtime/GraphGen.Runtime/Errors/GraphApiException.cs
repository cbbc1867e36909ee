using System.Net;

namespace GraphGen.Runtime;

/// <summary>Graph answered with an <c>{"error": {...}}</c> body.</summary>
public sealed class GraphApiException : GraphException
{
    internal GraphApiException(string message, HttpStatusCode? statusCode, string? requestUrl, GraphErrorBody error,
        GraphErrorCategory category, GraphUsage? usage, SecretRedactor redactor)
        : base(message, statusCode, requestUrl, null)
    {
        Code = error.Code;
        Subcode = error.Subcode;
        Type = error.Type;
        GraphMessage = redactor.RedactText(error.Message);
        UserTitle = redactor.RedactText(error.UserTitle);
        UserMessage = redactor.RedactText(error.UserMessage);
        FbTraceId = error.FbTraceId;
        IsTransient = error.IsTransient;
        Category = category;
        Usage = usage;
    }

    /// <summary><c>error.code</c>.</summary>
    public int Code { get; }

    /// <summary><c>error.error_subcode</c>.</summary>
    public int? Subcode { get; }

    /// <summary><c>error.type</c>, e.g. <c>OAuthException</c>.</summary>
    public string? Type { get; }

    /// <summary><c>error.message</c> as Graph sent it (credentials redacted).</summary>
    public string? GraphMessage { get; }

    /// <summary><c>error.error_user_title</c>: a title Graph suggests showing to the end user.</summary>
    public string? UserTitle { get; }

    /// <summary><c>error.error_user_msg</c>: a message Graph suggests showing to the end user.</summary>
    public string? UserMessage { get; }

    /// <summary><c>error.fbtrace_id</c>: quote it when reporting a problem to Meta.</summary>
    public string? FbTraceId { get; }

    /// <summary><c>error.is_transient</c>: Graph says the same request may succeed later.</summary>
    public bool IsTransient { get; }

    /// <summary>What the error means, decided by the classifiers from <see cref="Code"/> and <see cref="Subcode"/>.</summary>
    public GraphErrorCategory Category { get; }

    /// <summary>The rate-limit usage headers of the failed response, if any.</summary>
    public GraphUsage? Usage { get; }

    /// <inheritdoc />
    public override bool IsRetriable =>
        IsTransient || Category is GraphErrorCategory.RateLimit or GraphErrorCategory.Transient;
}
