using System;
using System.Net;
using System.Text.Json;

namespace GraphGen.Runtime;

/// <summary>Turns a failed response or an unreadable body into the right <see cref="GraphException"/>.</summary>
internal static class ErrorFactory
{
    /// <summary>A non-2xx response: a Graph error body gives <see cref="GraphApiException"/>, anything else <see cref="GraphProtocolException"/>.</summary>
    public static GraphException FromErrorResponse(PreparedRequest request, ResponseBody body, IGraphErrorClassifier? requestClassifier,
        IGraphErrorClassifier? optionsClassifier)
    {
        string url = $"{request.Method} {request.DisplayUrl}";
        GraphErrorBody? error = GraphErrorBody.TryParse(body.Span);
        if (error is null)
        {
            string what = body.Length == 0 ? "an empty body" : $"a {(body.ContentType ?? "untyped")} body that is not a Graph error";
            return new GraphProtocolException($"{url} returned HTTP {(int)body.Status} with {what}: {body.Preview(request.Redactor)}",
                body.Status, url, body.ContentType, body.Preview(request.Redactor), null);
        }

        return Api(request.Redactor, body.Status, url, error, Classify(error, requestClassifier, optionsClassifier), body.Usage);
    }

    /// <summary>A 2xx response whose body is a Graph error: the same exception as the error with a 4xx/5xx status.</summary>
    public static GraphApiException? FromSuccessResponse(PreparedRequest request, ResponseBody body, IGraphErrorClassifier? requestClassifier,
        IGraphErrorClassifier? optionsClassifier)
    {
        GraphErrorBody? error = GraphErrorBody.FindInSuccessBody(body.Span);
        return error is null
            ? null
            : Api(request.Redactor, body.Status, $"{request.Method} {request.DisplayUrl}", error, Classify(error, requestClassifier, optionsClassifier), body.Usage);
    }

    public static GraphApiException Api(SecretRedactor redactor, HttpStatusCode? status, string url, GraphErrorBody error,
        GraphErrorCategory category, GraphUsage? usage)
    {
        string subcode = error.Subcode is { } s ? $"/{s}" : string.Empty;
        string message = $"{url} failed with Graph error {error.Code}{subcode} ({error.Type ?? "unknown type"}, {category}" +
            $"{(error.IsTransient ? ", transient" : string.Empty)}): {redactor.RedactText(error.Message)}" +
            (error.FbTraceId is null ? string.Empty : $" [fbtrace_id {error.FbTraceId}]");
        return new GraphApiException(message, status, url, error, category, usage, redactor);
    }

    /// <summary>The request's catalog first, then the options' classifier, then the built-in codes.</summary>
    public static GraphErrorCategory Classify(GraphErrorBody error, IGraphErrorClassifier? requestClassifier, IGraphErrorClassifier? optionsClassifier)
    {
        GraphErrorCategory category = requestClassifier?.Classify(error.Code, error.Subcode) ?? GraphErrorCategory.Other;
        if (category == GraphErrorCategory.Other && optionsClassifier is not null) category = optionsClassifier.Classify(error.Code, error.Subcode);
        if (category == GraphErrorCategory.Other) category = GraphErrorClassifier.Default.Classify(error.Code, error.Subcode);
        if (category == GraphErrorCategory.Other && error.IsTransient) category = GraphErrorCategory.Transient;
        return category;
    }

    /// <summary>A 2xx body that could not be read as the expected value.</summary>
    public static GraphProtocolException Unreadable(PreparedRequest request, ResponseBody body, Exception cause)
    {
        string url = $"{request.Method} {request.DisplayUrl}";
        string reason = body.Length == 0 ? "an empty body" : $"a body that is not the expected JSON ({request.Redactor.RedactText(cause.Message)})";
        return new GraphProtocolException($"{url} returned HTTP {(int)body.Status} with {reason}: {body.Preview(request.Redactor)}",
            body.Status, url, body.ContentType, body.Preview(request.Redactor), cause);
    }

    /// <summary>Whether an exception thrown by a JSON reader means "the body is not what we expected".</summary>
    public static bool IsReadFailure(Exception ex) =>
        ex is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException;
}
