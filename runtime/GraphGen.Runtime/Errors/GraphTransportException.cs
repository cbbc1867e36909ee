using System;
using System.Net;

namespace GraphGen.Runtime;

/// <summary>
/// The exchange failed below Graph: connection refused or reset, the attempt timed out, or the response body was
/// cut off. The inner exception carries the cause.
/// </summary>
public sealed class GraphTransportException : GraphException
{
    /// <summary>Creates the exception (the client does; public so tests of your code can throw one).</summary>
    /// <param name="message">The message; must not contain credentials.</param>
    /// <param name="statusCode">The status, when headers arrived before the failure.</param>
    /// <param name="requestUrl">The request as <c>METHOD url</c>, credentials redacted.</param>
    /// <param name="isTimeout">Whether the attempt timed out.</param>
    /// <param name="innerException">The cause.</param>
    public GraphTransportException(string message, HttpStatusCode? statusCode = null, string? requestUrl = null, bool isTimeout = false, Exception? innerException = null)
        : base(message, statusCode, requestUrl, innerException)
    {
        IsTimeout = isTimeout;
    }

    /// <summary>Whether the attempt ran out of <see cref="GraphClientOptions.Timeout"/>.</summary>
    public bool IsTimeout { get; }

    /// <inheritdoc />
    public override bool IsRetriable => true;
}
