using System.Net;

namespace GraphGen.Runtime;

/// <summary>Graph answered with an <c>{"error": {...}}</c> body.</summary>
public sealed class GraphApiException : GraphException
{
    /// <summary>
    /// Creates the exception as if Graph had answered with this error (the client builds its own from the response;
    /// public so tests of your code can throw one, e.g. a throttling error with <see cref="GraphErrorCategory.RateLimit"/>).
    /// </summary>
    /// <param name="message">The message, also used as <see cref="GraphMessage"/>; must not contain credentials.</param>
    /// <param name="code"><c>error.code</c>, e.g. 190 (invalid token) or 4 (app request limit).</param>
    /// <param name="subcode"><c>error.error_subcode</c>.</param>
    /// <param name="category">What kind of error it is.</param>
    /// <param name="statusCode">The HTTP status (Graph mostly uses 400).</param>
    /// <param name="fbTraceId"><c>error.fbtrace_id</c>.</param>
    /// <param name="isTransient"><c>error.is_transient</c>.</param>
    /// <param name="usage">The usage headers of the response.</param>
    /// <param name="requestUrl">The request as <c>METHOD url</c>, credentials redacted.</param>
    public GraphApiException(string message, int code, int? subcode = null, GraphErrorCategory category = GraphErrorCategory.Other,
        HttpStatusCode? statusCode = HttpStatusCode.BadRequest, string? fbTraceId = null, bool isTransient = false, GraphUsage? usage = null,
        string? requestUrl = null)
        : base(message, statusCode, requestUrl, null)
    {
        Code = code;
        Subcode = subcode;
        GraphMessage = message;
        FbTraceId = fbTraceId;
        IsTransient = isTransient;
        Category = category;
        Usage = usage;
    }

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
