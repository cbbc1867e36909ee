using System;
using System.Net;

namespace GraphGen.Runtime;

/// <summary>
/// The exchange failed below Graph: connection refused or reset, the attempt timed out, or the response body was
/// cut off. The inner exception carries the cause.
/// </summary>
public sealed class GraphTransportException : GraphException
{
    internal GraphTransportException(string message, HttpStatusCode? statusCode, string? requestUrl, bool isTimeout, Exception? innerException)
        : base(message, statusCode, requestUrl, innerException)
    {
        IsTimeout = isTimeout;
    }

    /// <summary>Whether the attempt ran out of <see cref="GraphClientOptions.Timeout"/>.</summary>
    public bool IsTimeout { get; }

    /// <inheritdoc />
    public override bool IsRetriable => true;
}
