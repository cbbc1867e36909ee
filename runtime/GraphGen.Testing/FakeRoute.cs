using System;
using System.Collections.Generic;
using System.Threading;

namespace GraphGen.Testing;

/// <summary>
/// A scripted route of a <see cref="FakeGraphServer"/>: a method and a path pattern, answered by a sequence of
/// responses (the last one repeats) or by a handler. Patterns match whole segments; <c>*</c> matches one segment and a
/// final <c>**</c> the rest, e.g. <c>/v25.0/*/albums</c>.
/// </summary>
public sealed class FakeRoute
{
    private readonly object _gate = new();
    private readonly string[] _segments;
    private readonly Queue<FakeResponse> _script = new();
    private FakeResponse? _last;
    private Func<RecordedRequest, FakeResponse>? _handler;
    private int _hits;

    internal FakeRoute(string? method, string pathPattern)
    {
        ArgumentException.ThrowIfNullOrEmpty(pathPattern);
        if (!pathPattern.StartsWith('/')) throw new ArgumentException("A path pattern starts with '/'.", nameof(pathPattern));
        Method = method;
        PathPattern = pathPattern;
        _segments = pathPattern.Split('/');
    }

    /// <summary>The method matched, or <c>null</c> for any.</summary>
    public string? Method { get; }

    /// <summary>The path pattern.</summary>
    public string PathPattern { get; }

    /// <summary>How many requests this route has answered.</summary>
    public int Hits => Volatile.Read(ref _hits);

    /// <summary>Answers with these responses in order; the last one repeats for any further request.</summary>
    /// <param name="responses">The responses.</param>
    /// <returns>This route.</returns>
    public FakeRoute Respond(params FakeResponse[] responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Length == 0) throw new ArgumentException("Give at least one response.", nameof(responses));
        lock (_gate)
        {
            foreach (FakeResponse response in responses) _script.Enqueue(response);
        }

        return this;
    }

    /// <summary>Answers every request by calling <paramref name="handler"/> (takes precedence over scripted responses).</summary>
    /// <param name="handler">Computes the response from the recorded request.</param>
    /// <returns>This route.</returns>
    public FakeRoute Handle(Func<RecordedRequest, FakeResponse> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        lock (_gate) _handler = handler;
        return this;
    }

    internal bool Matches(string method, string path)
    {
        if (Method is not null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase)) return false;
        string[] actual = path.Split('/');
        for (int i = 0; i < _segments.Length; i++)
        {
            if (_segments[i] == "**" && i == _segments.Length - 1) return true;
            if (i >= actual.Length) return false;
            if (_segments[i] != "*" && !string.Equals(_segments[i], actual[i], StringComparison.Ordinal)) return false;
        }

        return actual.Length == _segments.Length;
    }

    internal FakeResponse Next(RecordedRequest request)
    {
        Interlocked.Increment(ref _hits);
        Func<RecordedRequest, FakeResponse>? handler;
        lock (_gate)
        {
            handler = _handler;
            if (handler is null)
            {
                if (_script.Count > 0) _last = _script.Dequeue();
                return _last ?? throw new InvalidOperationException($"Route {Method} {PathPattern} has no response.");
            }
        }

        return handler(request);
    }
}
