using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using GraphGen.Runtime;

namespace GraphGen.Sample;

/// <summary>Every HTTP exchange the client made, collected through <see cref="GraphClientOptions.OnAttempt"/>.</summary>
internal sealed class AttemptLog
{
    private readonly ConcurrentQueue<GraphAttempt> _attempts = new();

    public void Record(GraphAttempt attempt) => _attempts.Enqueue(attempt);

    public int Count => _attempts.Count;

    /// <summary>The attempts since <paramref name="start"/> (a count taken earlier with <see cref="Count"/>).</summary>
    public IReadOnlyList<GraphAttempt> Since(int start) => _attempts.Skip(start).ToArray();
}
